"""A unit's monthly SMS budget (the unit model itself belongs to portal.org)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class UnitSmsCap(models.Model):
    unit = models.OneToOneField("org.Unit", on_delete=models.CASCADE, related_name="sms_cap", verbose_name=_("unit"))
    monthly_limit = models.PositiveIntegerField(
        _("SMS per month"), help_text=_("Group messages stop when the unit has sent this many SMS this month.")
    )

    class Meta:
        verbose_name = _("monthly SMS cap")
        verbose_name_plural = _("monthly SMS caps")

    def __str__(self):
        return f"{self.unit}: {self.monthly_limit}"
