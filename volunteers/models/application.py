"""An application to become a Tidgiver, and its timeline (which is also the audit log)."""

import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..enums import CLOSED_STATES, OPEN_STATES, ApplicationState, EventKind
from .audit import actor_field

TEXT_LIMIT = 2000
SHORT_TEXT_LIMIT = 500


class ApplicationQuerySet(models.QuerySet):
    def open(self):
        return self.filter(state__in=OPEN_STATES)

    def closed(self):
        return self.filter(state__in=CLOSED_STATES)


class Application(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="applications",
        verbose_name=_("account"),
    )
    unit = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="applications", verbose_name=_("unit"))
    volunteer_role = models.ForeignKey(
        "org.VolunteerRole",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="applications",
        verbose_name=_("Tidgiver role"),
    )

    first_name = models.CharField(_("first name"), max_length=100)
    last_name = models.CharField(_("last name"), max_length=100)
    email = models.EmailField(_("email"), db_index=True)
    phone = models.CharField(_("mobile number"), max_length=20, db_index=True, help_text=_("Stored as +4741234567."))
    postal_code = models.CharField(_("postal code"), max_length=10)
    postal_place = models.CharField(_("postal place"), max_length=100, blank=True)
    date_of_birth = models.DateField(_("date of birth"))

    interests = models.JSONField(_("what you would like to do"), default=list, blank=True)
    competencies = models.TextField(_("competencies"), max_length=TEXT_LIMIT, blank=True)
    languages = models.CharField(_("languages"), max_length=SHORT_TEXT_LIMIT, blank=True)
    # Voluntary and never a reason to reject: many good Tidgivere have been participants themselves.
    lived_experience = models.BooleanField(_("lived experience"), null=True, blank=True)
    available_days = models.JSONField(_("weekdays"), default=list, blank=True)
    available_times = models.JSONField(_("times of day"), default=list, blank=True)
    motivation = models.TextField(_("motivation"), max_length=TEXT_LIMIT, blank=True)
    heard_about = models.CharField(_("how you heard about us"), max_length=SHORT_TEXT_LIMIT, blank=True)

    privacy_notice_version = models.CharField(_("privacy notice version"), max_length=20)
    consented_at = models.DateTimeField(_("consented at"))

    state = models.CharField(
        _("status"), max_length=30, choices=ApplicationState.choices, default=ApplicationState.RECEIVED, db_index=True
    )
    previous_state = models.CharField(
        _("status before hold"), max_length=30, choices=ApplicationState.choices, blank=True
    )
    state_changed_at = models.DateTimeField(_("status changed"), default=timezone.now)
    submitted_at = models.DateTimeField(_("submitted"), default=timezone.now, db_index=True)
    contacted_at = models.DateTimeField(_("first contacted"), null=True, blank=True)
    resubmitted_count = models.PositiveSmallIntegerField(_("times applied again"), default=0)
    last_resubmitted_at = models.DateTimeField(_("last applied again"), null=True, blank=True)

    guardian_name = models.CharField(_("guardian's name"), max_length=200, blank=True)
    guardian_email = models.EmailField(_("guardian's email"), blank=True)
    guardian_phone = models.CharField(_("guardian's mobile number"), max_length=20, blank=True)
    guardian_confirmed_at = models.DateTimeField(_("guardian confirmed"), null=True, blank=True)

    rejection_reason = models.TextField(_("reason for rejection (internal)"), max_length=TEXT_LIMIT, blank=True)
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True)

    objects = ApplicationQuerySet.as_manager()

    class Meta:
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        ordering = ["-submitted_at"]
        indexes = [models.Index(fields=["unit", "state"])]

    def __str__(self):
        return f"{self.full_name} ({self.unit})"

    @property
    def full_name(self):
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def is_open(self):
        return self.state in OPEN_STATES

    @property
    def is_youth(self):
        return bool(self.guardian_name)

    def age_on(self, day):
        born = self.date_of_birth
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))

    @property
    def age(self):
        return self.age_on(timezone.localdate())

    @property
    def days_waiting(self):
        """Days since the application came in, while nobody has contacted the applicant yet."""
        if self.contacted_at is not None:
            return 0
        return (timezone.now() - self.submitted_at) // datetime.timedelta(days=1)


class ApplicationEvent(models.Model):
    """One line in the timeline: a status change, a note, a checklist step or a repeated application."""

    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="events", verbose_name=_("application")
    )
    actor = actor_field()
    at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    kind = models.CharField(_("kind"), max_length=20, choices=EventKind.choices)
    from_state = models.CharField(_("from"), max_length=30, choices=ApplicationState.choices, blank=True)
    to_state = models.CharField(_("to"), max_length=30, choices=ApplicationState.choices, blank=True)
    text = models.TextField(_("text"), blank=True)

    class Meta:
        verbose_name = _("timeline entry")
        verbose_name_plural = _("timeline")
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.get_kind_display()} {self.at:%Y-%m-%d %H:%M}"
