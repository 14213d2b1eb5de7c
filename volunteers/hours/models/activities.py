"""The unit's editable list of general activities an hour entry can be for (theme evening, lunch, ...)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from ..enums import ActivityCategory


class ActivityKind(models.Model):
    unit = models.ForeignKey(
        "org.Unit", on_delete=models.CASCADE, related_name="activity_kinds", verbose_name=_("unit")
    )
    name = models.CharField(_("name"), max_length=80)
    category = models.CharField(
        _("counts as"),
        max_length=20,
        choices=ActivityCategory.choices,
        default=ActivityCategory.OTHER_GROUP,
        help_text=_("What the funder report counts this activity as."),
    )
    is_active = models.BooleanField(_("in use"), default=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("activity kind")
        verbose_name_plural = _("activity kinds")
        ordering = ["unit", "position", "name"]
        constraints = [models.UniqueConstraint(fields=["unit", "name"], name="hours_activity_name_per_unit")]

    def __str__(self):
        return self.name
