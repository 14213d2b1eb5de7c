"""Which checklist items a unit requires before approval, per Tidgiver role or for all roles (unit-scoped).

The police certificate is not configurable here: the role decides it, because the law decides when one may
be asked for at all.
"""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from portal.org.models import VolunteerRole
from portal.org.viewsets import UnitScopedViewSet

from ..enums import ChecklistItemKind
from ..models import ChecklistRequirement
from .filters import user_units

CONFIGURABLE_KINDS = [
    (kind.value, kind.label) for kind in ChecklistItemKind if kind != ChecklistItemKind.POLICE_CERTIFICATE
]


class ChecklistRequirementFilterSet(WagtailFilterSet):
    unit = django_filters.ModelChoiceFilter(label=_("Unit"), queryset=user_units)
    volunteer_role = django_filters.ModelChoiceFilter(label=_("Tidgiver role"), queryset=VolunteerRole.objects.all())

    class Meta:
        model = ChecklistRequirement
        fields = ["unit", "volunteer_role", "kind"]


class ChecklistRequirementViewSet(UnitScopedViewSet):
    model = ChecklistRequirement
    icon = "tasks"
    menu_label = _("Checklist per unit")
    menu_order = 205
    add_to_admin_menu = True
    form_fields = ["unit", "volunteer_role", "kind", "required"]
    list_display = ["kind", "unit", "volunteer_role", "required"]
    filterset_class = ChecklistRequirementFilterSet
    list_select_related = ("unit", "volunteer_role")
    allowed_actions = ("add", "change", "delete", "view")

    def formfield_for_dbfield(self, db_field, **kwargs):
        if db_field.name == "kind":
            kwargs["choices"] = CONFIGURABLE_KINDS
        return super().formfield_for_dbfield(db_field, **kwargs)
