"""The secret address of a Tidgiver's calendar feed. Making a new one revokes the old."""

import secrets

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def new_token():
    return secrets.token_urlsafe(32)


class CalendarFeedToken(models.Model):
    unit = models.ForeignKey("org.Unit", on_delete=models.CASCADE, related_name="+", verbose_name=_("unit"))
    volunteer = models.ForeignKey(
        "volunteers.Volunteer", on_delete=models.CASCADE, related_name="calendar_tokens", verbose_name=_("Tidgiver")
    )
    token = models.CharField(_("token"), max_length=64, unique=True, default=new_token)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)

    class Meta:
        verbose_name = _("calendar address")
        verbose_name_plural = _("calendar addresses")
        constraints = [
            models.UniqueConstraint(
                fields=["volunteer"], condition=models.Q(revoked_at=None), name="hours_one_live_feed_token"
            )
        ]

    def __str__(self):
        return f"{self.volunteer} ({self.created_at:%d.%m.%Y})"
