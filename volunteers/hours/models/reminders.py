"""Reminder rules per unit (defaults in code until staff change them) and the ledger that sends each once."""

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..enums import ReminderKind


class ReminderRule(models.Model):
    unit = models.ForeignKey(
        "org.Unit", on_delete=models.CASCADE, related_name="reminder_rules", verbose_name=_("unit")
    )
    kind = models.CharField(_("reminder"), max_length=30, choices=ReminderKind.choices)
    enabled = models.BooleanField(_("on"), default=True)
    days = models.PositiveSmallIntegerField(_("days"), default=0, validators=[MaxValueValidator(365)])

    class Meta:
        verbose_name = _("reminder rule")
        verbose_name_plural = _("reminder rules")
        constraints = [models.UniqueConstraint(fields=["unit", "kind"], name="hours_one_rule_per_kind")]

    def __str__(self):
        return f"{self.unit}: {self.get_kind_display()}"


class ReminderLedger(models.Model):
    """One row per reminder sent: rule, subject (e.g. ``meeting:12``) and period (e.g. ``2026-W49``)."""

    unit = models.ForeignKey("org.Unit", on_delete=models.CASCADE, related_name="+", verbose_name=_("unit"))
    kind = models.CharField(_("reminder"), max_length=30, choices=ReminderKind.choices)
    subject = models.CharField(_("about"), max_length=60)
    period = models.CharField(_("period"), max_length=20)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", null=True)
    sent_at = models.DateTimeField(_("sent"), default=timezone.now)

    class Meta:
        verbose_name = _("reminder sent")
        verbose_name_plural = _("reminders sent")
        constraints = [
            models.UniqueConstraint(fields=["kind", "subject", "period"], name="hours_reminder_once_per_period")
        ]

    def __str__(self):
        return f"{self.kind} {self.subject} {self.period}"
