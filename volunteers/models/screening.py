"""What the coordinator records while screening: the conversation, references and the police certificate."""

import calendar
import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..enums import ReferenceOutcome
from .application import TEXT_LIMIT, Application

POLICE_CERTIFICATE_MAX_AGE_MONTHS = 3


def months_before(day, months):
    """The same day of the month `months` earlier, or that month's last day if it is shorter."""
    year, month_zero = divmod(day.year * 12 + day.month - 1 - months, 12)
    last_day = calendar.monthrange(year, month_zero + 1)[1]
    return datetime.date(year, month_zero + 1, min(day.day, last_day))


class ScreeningConversation(models.Model):
    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="conversations", verbose_name=_("application")
    )
    booked_for = models.DateTimeField(_("booked for"), null=True, blank=True)
    held_on = models.DateField(_("held on"), null=True, blank=True)
    notes = models.TextField(_("notes"), max_length=TEXT_LIMIT * 2, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("recorded by"),
    )
    recorded_at = models.DateTimeField(_("recorded"), default=timezone.now)

    class Meta:
        verbose_name = _("screening conversation")
        verbose_name_plural = _("screening conversations")
        ordering = ["recorded_at", "pk"]

    def __str__(self):
        return str(self.held_on or self.booked_for or "")


class Reference(models.Model):
    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="references", verbose_name=_("application")
    )
    name = models.CharField(_("name"), max_length=200)
    relation = models.CharField(_("relation"), max_length=200)
    contact = models.CharField(_("phone or email"), max_length=200)
    outcome = models.CharField(
        _("outcome"), max_length=20, choices=ReferenceOutcome.choices, default=ReferenceOutcome.PENDING
    )
    notes = models.TextField(_("notes"), max_length=TEXT_LIMIT, blank=True)
    recorded_at = models.DateTimeField(_("recorded"), default=timezone.now)

    class Meta:
        verbose_name = _("reference")
        verbose_name_plural = _("references")
        ordering = ["recorded_at", "pk"]

    def __str__(self):
        return f"{self.name} ({self.relation})"


class PoliceCertificateCheck(models.Model):
    """That a police certificate was asked for and seen. The certificate itself, and its content, is never stored."""

    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="police_checks", verbose_name=_("application")
    )
    volunteer_role = models.ForeignKey(
        "org.VolunteerRole", on_delete=models.PROTECT, related_name="+", verbose_name=_("for the role")
    )
    asked_on = models.DateField(_("asked for on"))
    shown_on = models.DateField(_("shown on"), null=True, blank=True)
    shown_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("shown to"),
    )
    issue_date = models.DateField(_("issue date"), null=True, blank=True)

    class Meta:
        verbose_name = _("police certificate check")
        verbose_name_plural = _("police certificate checks")
        ordering = ["asked_on", "pk"]

    def __str__(self):
        return f"{self.volunteer_role}: {self.shown_on or self.asked_on}"

    @property
    def is_shown(self):
        return self.shown_on is not None and self.issue_date is not None

    def clean(self):
        if (self.shown_on is None) != (self.issue_date is None):
            raise ValidationError(_("Fill in both the date it was shown and its issue date."))
        if self.shown_on is None:
            return
        if self.shown_on < self.asked_on:
            raise ValidationError({"shown_on": _("It cannot be shown before it was asked for.")})
        if self.issue_date > self.shown_on:
            raise ValidationError({"issue_date": _("The issue date cannot be after the day it was shown.")})
        if self.issue_date < months_before(self.shown_on, POLICE_CERTIFICATE_MAX_AGE_MONTHS):
            raise ValidationError(
                {"issue_date": _("The certificate must be issued less than three months before it is shown.")}
            )
