"""Which checklist items a unit requires before approving, per Tidgiver role or for all roles."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from ..enums import ChecklistItemKind


class ChecklistRequirement(models.Model):
    """Overrides the default checklist. Without a row, conversation, references, the declaration and training
    are required; the police certificate follows the role (and is never shown for a role that does not need it)."""

    unit = models.ForeignKey(
        "org.Unit", on_delete=models.CASCADE, related_name="checklist_requirements", verbose_name=_("unit")
    )
    volunteer_role = models.ForeignKey(
        "org.VolunteerRole",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("Tidgiver role"),
        help_text=_("Leave empty to apply to all roles."),
    )
    kind = models.CharField(_("item"), max_length=30, choices=ChecklistItemKind.choices)
    required = models.BooleanField(_("required before approval"), default=True)

    class Meta:
        verbose_name = _("checklist requirement")
        verbose_name_plural = _("checklist requirements")
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "volunteer_role", "kind"],
                condition=models.Q(volunteer_role__isnull=False),
                name="one_requirement_per_role_and_kind",
            ),
            models.UniqueConstraint(
                fields=["unit", "kind"],
                condition=models.Q(volunteer_role__isnull=True),
                name="one_requirement_per_unit_and_kind",
            ),
        ]

    def __str__(self):
        return f"{self.unit} – {self.volunteer_role or _('all roles')}: {self.get_kind_display()}"
