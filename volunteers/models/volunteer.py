"""The Tidgiver profile: created when an application is approved; later used for availability, hours, matching."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..enums import VolunteerStatus
from .application import SHORT_TEXT_LIMIT, TEXT_LIMIT, Application


class Volunteer(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="volunteer", verbose_name=_("person")
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

    def __str__(self):
        return str(self.user)
