"""Every view of a participant record: who, when, which record, which page. Visible to the unit admin."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .participant import Participant


class ParticipantAccessLog(models.Model):
    unit = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="+", verbose_name=_("unit"))
    participant = models.ForeignKey(
        Participant, on_delete=models.CASCADE, related_name="access_log", verbose_name=_("participant")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("who")
    )
    at = models.DateTimeField(_("when"), default=timezone.now)
    page = models.CharField(_("page"), max_length=100)

    class Meta:
        verbose_name = _("access log entry")
        verbose_name_plural = _("access log")
        ordering = ["-at", "-pk"]
        indexes = [
            models.Index(fields=["participant", "-at"], name="access_log_participant_at"),
            models.Index(fields=["unit", "-at"], name="access_log_unit_at"),
        ]

    def __str__(self):
        return f"{self.user} – {self.page} ({self.at:%Y-%m-%d %H:%M})"
