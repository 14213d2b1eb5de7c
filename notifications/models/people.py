"""What people want (SMS, e-mail or both) and what we know about phone numbers (opt-out, invalid)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..enums import ChannelChoice, Language


class ContactPreference(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="contact_preference",
        verbose_name=_("person"),
    )
    channels = models.CharField(
        _("messages by"), max_length=10, choices=ChannelChoice.choices, default=ChannelChoice.BOTH
    )
    language = models.CharField(
        _("language"), max_length=5, choices=Language.choices, default=Language.NB, db_default=Language.NB
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("message preference")
        verbose_name_plural = _("message preferences")

    def __str__(self):
        return f"{self.user}: {self.get_channels_display()}"


class PhoneStatus(models.Model):
    """Keyed by number, because STOPP and Twilio's errors arrive by number, also for people without accounts."""

    phone = models.CharField(_("mobile number"), max_length=20, unique=True)
    opted_out = models.BooleanField(_("said STOPP"), default=False)
    opted_out_at = models.DateTimeField(_("said STOPP at"), null=True, blank=True)
    invalid_code = models.CharField(
        _("permanent error"),
        max_length=20,
        blank=True,
        help_text=_("Twilio's error code when the number cannot get SMS."),
    )
    invalid_at = models.DateTimeField(_("flagged at"), null=True, blank=True)

    class Meta:
        verbose_name = _("mobile number status")
        verbose_name_plural = _("mobile number statuses")

    def __str__(self):
        return self.phone

    @property
    def blocked(self):
        return self.opted_out or bool(self.invalid_code)
