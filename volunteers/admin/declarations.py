"""Who signed which version of the taushetserklæring (the versions themselves are a snippet: volunteers/snippets.py).

Coordinators see the signatures of people in their own units; a superuser sees all.
"""

import django_filters
from django.urls import path
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from portal.org.export import SafeExportMixin
from portal.org.models import Membership
from portal.org.permissions import StaffPermissionPolicy
from portal.org.scoping import staff_units

from ..models import ConfidentialityDeclaration, ConfidentialitySignature
from .filters import user_units


def people_in_units(user):
    """Users with any membership in the units ``user`` manages (a subquery, so no duplicate rows)."""
    return Membership.objects.filter(unit__in=staff_units(user)).values("user")


class SignatureFilterSet(WagtailFilterSet):
    declaration = django_filters.ModelChoiceFilter(
        label=_("Version"), queryset=ConfidentialityDeclaration.objects.all()
    )
    unit = django_filters.ModelChoiceFilter(label=_("Unit"), queryset=user_units, method="filter_unit")

    class Meta:
        model = ConfidentialitySignature
        fields = ["declaration", "unit"]

    def filter_unit(self, queryset, name, value):
        return queryset.filter(user__in=Membership.objects.filter(unit=value).values("user")) if value else queryset


SIGNATURE_EXPORT = (
    ("full_name", _("Full name as typed"), lambda s: s.full_name),
    ("email", _("Email"), lambda s: s.user.email),
    ("version", _("Version"), lambda s: s.declaration.version),
    ("signed_at", _("Signed"), lambda s: s.signed_at),
)


class SignatureIndexView(SafeExportMixin, generic.IndexView):
    list_export = [key for key, _heading, _value in SIGNATURE_EXPORT]
    export_headings = {key: heading for key, heading, _value in SIGNATURE_EXPORT}
    _export_values = {key: value for key, _heading, value in SIGNATURE_EXPORT}

    def get_base_queryset(self):
        queryset = ConfidentialitySignature.objects.select_related("user", "declaration")
        if not self.request.user.is_superuser:
            queryset = queryset.filter(user__in=people_in_units(self.request.user))
        return queryset

    def to_row_dict(self, item):
        return {key: self._export_values[key](item) for key in self.list_export}

    @cached_property
    def columns(self):
        return [
            Column("full_name", label=_("Full name as typed"), sort_key="full_name"),
            Column("email", label=_("Email"), accessor="user.email"),
            Column("version", label=_("Version"), accessor="declaration.version", sort_key="declaration__version"),
            DateColumn("signed_at", label=_("Signed"), sort_key="signed_at"),
        ]


class SignatureViewSet(ModelViewSet):
    model = ConfidentialitySignature
    icon = "doc-full"
    menu_label = _("Signed declarations")
    menu_order = 200
    add_to_admin_menu = True
    index_view_class = SignatureIndexView
    filterset_class = SignatureFilterSet
    ordering = "-signed_at"
    list_per_page = 50
    export_filename = "taushetserklaeringer"
    search_fields = ["full_name", "user__email"]

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
        ]

    def get_common_view_kwargs(self, **kwargs):
        missing = {"add_url_name": None, "edit_url_name": None, "delete_url_name": None, "history_url_name": None}
        return super().get_common_view_kwargs(**{**missing, "usage_url_name": None, **kwargs})


register_permission_policy(
    ConfidentialitySignature,
    StaffPermissionPolicy(ConfidentialitySignature, actions=("view", "export")),
    exact_class=True,
)
