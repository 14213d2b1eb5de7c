"""What each unit chooses for hours: age limit, auto-approval, the goal target, and its mileage rates."""

import datetime
from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

DEFAULT_MAX_ENTRY_AGE_DAYS = 60
DEFAULT_GOAL_TARGET_PERCENT = 80
# The state's tax-free part of the car allowance (2026); organisations commonly pay this.
DEFAULT_RATE_PER_KM = Decimal("3.50")
DEFAULT_PASSENGER_RATE_PER_KM = Decimal("0.00")


class UnitHourSettings(models.Model):
    unit = models.OneToOneField(
        "org.Unit", on_delete=models.CASCADE, related_name="hour_settings", verbose_name=_("unit")
    )
    max_entry_age_days = models.PositiveSmallIntegerField(
        _("oldest entry (days)"),
        default=DEFAULT_MAX_ENTRY_AGE_DAYS,
        validators=[MinValueValidator(1), MaxValueValidator(366)],
        help_text=_("Tidgivers cannot log hours older than this."),
    )
    auto_approve_without_expenses = models.BooleanField(
        _("approve entries without expenses at once"),
        default=False,
        help_text=_("Entries with no km, tolls or other expenses are approved when they are submitted."),
    )
    goal_target_percent = models.PositiveSmallIntegerField(
        _("goal target (%)"),
        default=DEFAULT_GOAL_TARGET_PERCENT,
        validators=[MaxValueValidator(100)],
        help_text=_("Share of participants who should reach their main goals (the funder report compares)."),
    )
    publish_unit_events = models.BooleanField(_("show the unit's theme evenings in Tidgivers' calendars"), default=True)

    class Meta:
        verbose_name = _("hour settings")
        verbose_name_plural = _("hour settings")

    def __str__(self):
        return str(self.unit)


class MileageRate(models.Model):
    """A rate from a date on; the one in force on an entry's date is used (and saved) at approval."""

    unit = models.ForeignKey("org.Unit", on_delete=models.CASCADE, related_name="mileage_rates", verbose_name=_("unit"))
    effective_from = models.DateField(_("in force from"), default=datetime.date(2026, 1, 1))
    per_km = models.DecimalField(
        _("kr per km"), max_digits=6, decimal_places=2, default=DEFAULT_RATE_PER_KM, validators=[MinValueValidator(0)]
    )
    per_passenger_km = models.DecimalField(
        _("passenger supplement, kr per km and passenger"),
        max_digits=6,
        decimal_places=2,
        default=DEFAULT_PASSENGER_RATE_PER_KM,
        validators=[MinValueValidator(0)],
    )

    class Meta:
        verbose_name = _("mileage rate")
        verbose_name_plural = _("mileage rates")
        ordering = ["unit", "-effective_from"]
        constraints = [models.UniqueConstraint(fields=["unit", "effective_from"], name="hours_one_rate_per_day")]

    def __str__(self):
        return f"{self.unit}: {self.per_km} kr/km ({self.effective_from:%d.%m.%Y})"
