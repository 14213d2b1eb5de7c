"""The messaging-preferences section of Min side (filled by the notifications work)."""


def preferences_section(request):
    return None
