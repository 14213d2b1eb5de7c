"""The messaging-preferences section of Min side: how messages come, and the mobile number."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .domain.recipients import language_of, preference_of
from .enums import ChannelChoice, Language


def preferences_section(request):
    user = request.user
    return {
        "template": "notifications/minside_section.html",
        "title": _("Messages"),
        "channels": ChannelChoice(preference_of(user)).label,
        "language": Language(language_of(user)).label,
        "phone": user.phone,
        "phone_verified": user.phone_verified,
        "preferences_url": reverse("notifications:preferences"),
        "change_phone_url": reverse("notifications:change_phone"),
    }
