"""The Tidgiver profile: created when an application is approved; later used for availability, hours, matching.

One profile per person and unit: a Tidgiver approved in a second unit gets a second profile, with its own role
and status there, and keeps the first.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..enums import VolunteerStatus
from .application import SHORT_TEXT_LIMIT, TEXT_LIMIT, Application
from .audit import actor_field


class Volunteer(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="volunteer_profiles", verbose_name=_("person")
    )
    unit = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="volunteers", verbose_name=_("unit"))
    volunteer_role = models.ForeignKey(
        "org.VolunteerRole",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="volunteers",
        verbose_name=_("Tidgiver role"),
    )
    interests = models.JSONField(_("interests"), default=list, blank=True)
    competencies = models.TextField(_("competencies"), max_length=TEXT_LIMIT, blank=True)
    languages = models.CharField(_("languages"), max_length=SHORT_TEXT_LIMIT, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=VolunteerStatus.choices, default=VolunteerStatus.ACTIVE, db_index=True
    )
    approved_at = models.DateTimeField(_("approved"), null=True, blank=True)
    application = models.ForeignKey(
        Application,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("application"),
    )

    class Meta:
        verbose_name = _("Tidgiver")
        verbose_name_plural = _("Tidgivers")
        ordering = ["user__first_name", "user__last_name"]
        constraints = [models.UniqueConstraint(fields=["user", "unit"], name="one_volunteer_profile_per_unit")]

    def __str__(self):
        return str(self.user)


class VolunteerStatusChange(models.Model):
    """Audit entry for a profile's status: who changed it, when, from what to what, and why."""

    volunteer = models.ForeignKey(
        Volunteer, on_delete=models.CASCADE, related_name="status_changes", verbose_name=_("Tidgiver")
    )
    actor = actor_field()
    at = models.DateTimeField(_("when"), default=timezone.now)
    from_status = models.CharField(_("from"), max_length=20, choices=VolunteerStatus.choices)
    to_status = models.CharField(_("to"), max_length=20, choices=VolunteerStatus.choices)
    reason = models.TextField(_("reason"), max_length=TEXT_LIMIT, blank=True)

    class Meta:
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
        ordering = ["-at", "-pk"]

    def __str__(self):
        return f"{self.get_from_status_display()} → {self.get_to_status_display()}"
