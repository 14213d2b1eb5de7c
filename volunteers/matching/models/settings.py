"""Per-unit matching settings: ranking weights, proposal deadline and reminder, follow-up schedule."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from ..enums import (
    DEFAULT_FOLLOW_UP_FIRST_DAYS,
    DEFAULT_FOLLOW_UP_INTERVAL_DAYS,
    DEFAULT_FOLLOW_UP_SECOND_DAYS,
    DEFAULT_PROPOSAL_DEADLINE_DAYS,
    DEFAULT_REMINDER_AFTER_DAYS,
    DEFAULT_WEIGHTS,
    WEIGHT_MAX,
)

WEIGHT_LABELS = {
    "interests": _("Weight: shared interests"),
    "competencies": _("Weight: competencies for the participant's life areas"),
    "availability": _("Weight: times that suit both"),
    "area": _("Weight: same area"),
    "language": _("Weight: shared language"),
    "wishes": _("Weight: the participant's wishes"),
    "load": _("Weight: room for another match"),
    "waiting": _("Weight: has waited long for a first match"),
}


def _weight(name):
    return models.PositiveSmallIntegerField(WEIGHT_LABELS[name], default=DEFAULT_WEIGHTS[name])


class MatchingSettings(models.Model):
    unit = models.OneToOneField(
        "org.Unit", on_delete=models.CASCADE, related_name="matching_settings", verbose_name=_("unit")
    )
    weight_interests = _weight("interests")
    weight_competencies = _weight("competencies")
    weight_availability = _weight("availability")
    weight_area = _weight("area")
    weight_language = _weight("language")
    weight_wishes = _weight("wishes")
    weight_load = _weight("load")
    weight_waiting = _weight("waiting")
    proposal_deadline_days = models.PositiveSmallIntegerField(
        _("days to answer a proposal"), default=DEFAULT_PROPOSAL_DEADLINE_DAYS
    )
    reminder_after_days = models.PositiveSmallIntegerField(
        _("remind after (days)"), default=DEFAULT_REMINDER_AFTER_DAYS
    )
    follow_up_first_days = models.PositiveSmallIntegerField(
        _("first follow-up after (days)"), default=DEFAULT_FOLLOW_UP_FIRST_DAYS
    )
    follow_up_second_days = models.PositiveSmallIntegerField(
        _("second follow-up after (days)"), default=DEFAULT_FOLLOW_UP_SECOND_DAYS
    )
    follow_up_interval_days = models.PositiveSmallIntegerField(
        _("then every (days)"), default=DEFAULT_FOLLOW_UP_INTERVAL_DAYS
    )

    class Meta:
        verbose_name = _("matching settings")
        verbose_name_plural = _("matching settings")
        constraints = [
            models.CheckConstraint(
                condition=Q(
                    **{f"weight_{name}__lte": WEIGHT_MAX for name in DEFAULT_WEIGHTS},
                ),
                name="matching_weights_at_most_100",
            ),
            models.CheckConstraint(
                condition=Q(proposal_deadline_days__gte=1, reminder_after_days__gte=1)
                & Q(reminder_after_days__lt=models.F("proposal_deadline_days")),
                name="reminder_before_deadline",
            ),
            models.CheckConstraint(
                condition=Q(follow_up_first_days__gte=1)
                & Q(follow_up_second_days__gt=models.F("follow_up_first_days"))
                & Q(follow_up_interval_days__gte=7),
                name="follow_up_schedule_in_order",
            ),
        ]

    def __str__(self):
        return _("Matching settings for %(unit)s") % {"unit": self.unit}

    @property
    def weights(self):
        return {name: getattr(self, f"weight_{name}") for name in DEFAULT_WEIGHTS}


def settings_for(unit):
    """The unit's settings, or unsaved defaults when it has none (no row is written by reading)."""
    found = MatchingSettings.objects.filter(unit=unit).first()
    return found or MatchingSettings(unit=unit)
