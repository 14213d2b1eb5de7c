"""Agreed meetings for a match, and the unit's own events (theme evenings) that can appear in calendars."""

import datetime

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Meeting(models.Model):
    unit = models.ForeignKey("org.Unit", on_delete=models.CASCADE, related_name="meetings", verbose_name=_("unit"))
    # The Tidgiver the meeting is for; empty for a unit event (e.g. a theme evening) that everyone may attend.
    volunteer = models.ForeignKey(
        "volunteers.Volunteer",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="meetings",
        verbose_name=_("Tidgiver"),
    )
    match = models.ForeignKey(
        "matching.Match",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="meetings",
        verbose_name=_("match"),
    )
    activity_kind = models.ForeignKey(
        "hours.ActivityKind",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="meetings",
        verbose_name=_("activity"),
    )
    date = models.DateField(_("date"))
    start_time = models.TimeField(_("starts"))
    duration_minutes = models.PositiveSmallIntegerField(
        _("length (minutes)"), default=90, validators=[MinValueValidator(15), MaxValueValidator(12 * 60)]
    )
    place = models.CharField(_("place"), max_length=120, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        ordering = ["date", "start_time"]
        indexes = [models.Index(fields=["unit", "date"], name="hours_meeting_unit_date")]

    def __str__(self):
        return f"{self.date:%d.%m.%Y} {self.start_time:%H:%M}"

    @property
    def with_whom(self):
        """The participant's display name (never more than that), for a meeting of a match."""
        return self.match.participant.display_name if self.match_id else ""

    @property
    def starts_at(self):
        return timezone.make_aware(datetime.datetime.combine(self.date, self.start_time))

    @property
    def ends_at(self):
        return self.starts_at + datetime.timedelta(minutes=self.duration_minutes)
