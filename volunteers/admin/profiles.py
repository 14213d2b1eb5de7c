"""The coordinator's list of Tidgivere (approved volunteers) in their units, with filters and export."""

from django.db.models import Q
from django.urls import path
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.admin_url_finder import ModelAdminURLFinder
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn

from portal.org.viewsets import ScopedIndexView, UnitScopedViewSet

from ..models import Volunteer
from .display import interest_labels
from .export import SafeExportMixin
from .filters import VolunteerFilterSet

EXPORT_COLUMNS = (
    ("first_name", _("First name"), lambda v: v.user.first_name),
    ("last_name", _("Last name"), lambda v: v.user.last_name),
    ("email", _("Email"), lambda v: v.user.email),
    ("phone", _("Mobile number"), lambda v: v.user.phone),
    ("unit", _("Unit"), lambda v: v.unit.name),
    ("volunteer_role", _("Tidgiver role"), lambda v: v.volunteer_role.name if v.volunteer_role else ""),
    ("status", _("Status"), lambda v: str(v.get_status_display())),
    ("approved_at", _("Approved"), lambda v: v.approved_at or ""),
    ("interests", _("Interests"), lambda v: interest_labels(v.interests)),
    ("competencies", _("Competencies"), lambda v: v.competencies),
    ("languages", _("Languages"), lambda v: v.languages),
)


class VolunteerIndexView(SafeExportMixin, ScopedIndexView):
    list_export = [key for key, _heading, _value in EXPORT_COLUMNS]
    export_headings = {key: heading for key, heading, _value in EXPORT_COLUMNS}
    _export_values = {key: value for key, _heading, value in EXPORT_COLUMNS}

    def to_row_dict(self, item):
        return {key: self._export_values[key](item) for key in self.list_export}

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        condition = Q()
        for word in self.search_query.split():
            condition &= (
                Q(user__first_name__icontains=word)
                | Q(user__last_name__icontains=word)
                | Q(user__email__icontains=word)
            )
        return queryset.filter(condition)

    @cached_property
    def columns(self):
        return [
            self._get_title_column_class(TitleColumn)(
                "name",
                label=_("Name"),
                accessor="user.get_full_name",
                sort_key="user__last_name",
                get_url=self.get_inspect_url,
            ),
            Column("unit", label=_("Unit"), accessor="unit.name", sort_key="unit__name"),
            Column("volunteer_role", label=_("Tidgiver role"), accessor="volunteer_role.name"),
            StatusTagColumn(
                "status", label=_("Status"), accessor="get_status_display", sort_key="status", primary=True
            ),
            Column("interests", label=_("Interests"), accessor=lambda volunteer: interest_labels(volunteer.interests)),
            DateColumn("approved_at", label=_("Approved"), sort_key="approved_at"),
        ]


class VolunteerViewSet(UnitScopedViewSet):
    model = Volunteer
    icon = "group"
    menu_label = _("Tidgivers")
    menu_order = 195
    add_to_admin_menu = True
    allowed_actions = ("view", "export")
    index_view_class = VolunteerIndexView
    filterset_class = VolunteerFilterSet
    list_select_related = ("user", "unit", "volunteer_role")
    list_per_page = 50
    ordering = ["user__last_name", "user__first_name"]
    export_filename = "tidgivere"
    search_fields = ["user__first_name", "user__last_name", "user__email"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "user",
        "unit",
        "volunteer_role",
        "status",
        "competencies",
        "languages",
        "approved_at",
        "application",
    ]
    copy_view_enabled = False

    def get_common_view_kwargs(self, **kwargs):
        missing = {"add_url_name": None, "edit_url_name": None, "delete_url_name": None, "usage_url_name": None}
        return super().get_common_view_kwargs(**{**missing, **kwargs})

    @property
    def url_finder_class(self):
        return type("VolunteerURLFinder", (ModelAdminURLFinder,), {"edit_url_name": self.get_url_name("inspect")})

    def get_urlpatterns(self):
        # Profiles are made by approving an application, never typed in: no add, edit or delete views.
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
            path("history/<int:pk>/", self.history_view, name="history"),
            path("history-results/<int:pk>/", self.history_results_view, name="history_results"),
        ]
