"""The messaging-preferences section of Min side: how messages come, and the mobile number."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .domain.shown_preference import shown_preference
from .enums import ChannelChoice, Language


def preferences_section(request):
    user = request.user
    channels, language = shown_preference(user)
    return {
        "template": "notifications/minside_section.html",
        "title": _("Messages"),
        "channels": ChannelChoice(channels).label,
        "language": Language(language).label,
        "phone": user.phone,
        "phone_verified": user.phone_verified,
        "preferences_url": reverse("notifications:preferences"),
        "change_phone_url": reverse("notifications:change_phone"),
    }
