"""The Tidgiver's matching profile (one per Volunteer) and weekly availability as rows."""

import datetime

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from volunteers.enums import AgeBand, Gender
from volunteers.models import WeeklySlot

from ..enums import CAPACITY_DEFAULT, CAPACITY_MAX, CAPACITY_MIN


class MatchingProfile(models.Model):
    unit = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="+", verbose_name=_("unit"))
    volunteer = models.OneToOneField(
        "volunteers.Volunteer", on_delete=models.CASCADE, related_name="matching_profile", verbose_name=_("Tidgiver")
    )
    capacity = models.PositiveSmallIntegerField(
        _("matches at once"), default=CAPACITY_DEFAULT, help_text=_("How many active matches at once (1–3).")
    )
    # Paused: no proposals and no nudges. `paused_until` empty while paused means "until I say otherwise".
    paused = models.BooleanField(_("paused"), default=False)
    paused_until = models.DateField(_("away until"), null=True, blank=True)
    municipality = models.CharField(_("municipality"), max_length=100, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=10, blank=True)
    gender = models.CharField(_("gender"), max_length=10, choices=Gender.choices, blank=True)
    age_band = models.CharField(_("age"), max_length=10, choices=AgeBand.choices, blank=True)
    # Self-declared and optional; shown to coordinators only; never a reason not to match.
    lived_experience = models.BooleanField(_("lived experience"), null=True, blank=True)
    interests = models.ManyToManyField(
        "volunteers.Interest", blank=True, related_name="matching_profiles", verbose_name=_("interests")
    )
    competencies = models.ManyToManyField(
        "volunteers.Competency", blank=True, related_name="matching_profiles", verbose_name=_("competencies")
    )
    languages = models.ManyToManyField(
        "volunteers.Language", blank=True, related_name="matching_profiles", verbose_name=_("languages")
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("matching profile")
        verbose_name_plural = _("matching profiles")
        constraints = [
            models.CheckConstraint(
                condition=Q(capacity__gte=CAPACITY_MIN, capacity__lte=CAPACITY_MAX), name="capacity_1_to_3"
            ),
            models.CheckConstraint(
                condition=Q(paused=True) | Q(paused_until__isnull=True), name="return_date_only_when_paused"
            ),
        ]
        indexes = [models.Index(fields=["unit", "paused"], name="matching_profile_unit_paused")]

    def __str__(self):
        return str(self.volunteer)

    def is_paused_on(self, day=None):
        """Paused today? A pause with a return date ends by itself on that date."""
        day = day or timezone.localdate()
        return self.paused and (self.paused_until is None or self.paused_until > day)


def not_paused_q(day: datetime.date, prefix=""):
    """Q for profiles not paused on `day` (SQL, so ranking filters thousands of Tidgivere at once)."""
    return Q(**{f"{prefix}paused": False}) | Q(**{f"{prefix}paused_until__lte": day})


class AvailabilitySlot(WeeklySlot):
    unit = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="+", verbose_name=_("unit"))
    volunteer = models.ForeignKey(
        "volunteers.Volunteer", on_delete=models.CASCADE, related_name="availability_slots", verbose_name=_("Tidgiver")
    )

    class Meta:
        verbose_name = _("availability")
        verbose_name_plural = _("availability")
        ordering = ["volunteer", "weekday", "day_part"]
        constraints = [
            models.UniqueConstraint(fields=["volunteer", "weekday", "day_part"], name="availability_slot_once"),
        ]
        indexes = [models.Index(fields=["unit", "weekday", "day_part"], name="availability_unit_slot")]
