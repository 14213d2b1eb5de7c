"""The coordinator's list of applications ("Søknader"): filters, search, the 7-day highlight and export."""

from django.db.models import Q
from django.urls import path
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column

from portal.org.columns import (
    WARNING_ICON,
    CompactCheckboxColumn,
    CompactDateColumn,
    CompactStatusTagColumn,
    CompactTable,
    CompactTitleColumn,
    PlainColumn,
    choice_label,
)
from portal.org.viewsets import ScopedIndexView, UnitScopedViewSet

from ..models import Application
from . import detail
from .display import interest_labels, is_overdue
from .filters import ApplicationFilterSet

OBJ_TYPE = "application"


class WaitingColumn(Column):
    """Days without contact; from seven days on a warning tag (so the plural form is always right)."""

    def render_cell_html(self, instance, parent_context):
        days = self.get_value(instance)
        if is_overdue(instance):
            label = gettext("Not contacted for %(days)s days") % {"days": days}
            return format_html(
                '<td><span class="w-status w-status--label" data-overdue>{} {}</span></td>', WARNING_ICON, label
            )
        return format_html("<td>{}</td>", days or "")


class ApplicationTable(CompactTable):
    def get_row_classname(self, instance):
        return "application-overdue" if is_overdue(instance) else ""


def search_words_q(query, fields=("first_name", "last_name", "email", "phone")):
    """Every word must match some field, so "Ola Nordmann" finds him; "412 34 567" finds "+4741234567"."""
    condition = Q()
    digits = "".join(character for character in query if character.isdigit())
    words = [query.replace(" ", "")] if len(digits) >= 5 and not any(c.isalpha() for c in query) else query.split()
    for word in words:
        word_q = Q()
        for field in fields:
            word_q |= Q(**{f"{field}__icontains": word})
        condition &= word_q
    return condition


# Exported columns: (key, heading, value). Free text the applicant wrote (motivation) and lived experience stay out.
EXPORT_COLUMNS = (
    ("first_name", _("First name"), lambda a: a.first_name),
    ("last_name", _("Last name"), lambda a: a.last_name),
    ("email", _("Email"), lambda a: a.email),
    ("phone", _("Mobile number"), lambda a: a.phone),
    ("postal_code", _("Postal code"), lambda a: a.postal_code),
    ("postal_place", _("Postal place"), lambda a: a.postal_place),
    ("age", _("Age"), lambda a: a.age),
    ("unit", _("Unit"), lambda a: a.unit.name),
    ("volunteer_role", _("Tidgiver role"), lambda a: a.volunteer_role.name if a.volunteer_role else ""),
    ("state", _("Status"), lambda a: str(a.get_state_display())),
    ("submitted_at", _("Submitted"), lambda a: a.submitted_at),
    ("days_waiting", _("Days without contact"), lambda a: a.days_waiting),
    ("resubmitted_count", _("Applied again"), lambda a: a.resubmitted_count),
    ("interests", _("Interests"), lambda a: interest_labels(a.interests)),
    ("languages", _("Languages"), lambda a: a.languages),
)


class ApplicationIndexView(ScopedIndexView):
    template_name = "volunteers/admin/application_index.html"
    table_class = ApplicationTable
    list_export = [key for key, _heading, _value in EXPORT_COLUMNS]
    export_headings = {key: heading for key, heading, _value in EXPORT_COLUMNS}
    _export_values = {key: value for key, _heading, value in EXPORT_COLUMNS}

    def to_row_dict(self, item):
        return {key: self._export_values[key](item) for key in self.list_export}

    def search_queryset(self, queryset):
        return queryset.filter(search_words_q(self.search_query)) if self.is_searching else queryset

    def get_export_url(self, format):
        params = self.request.GET.copy()
        params.pop("p", None)
        params["export"] = format
        return self.index_url + "?" + params.urlencode()

    @cached_property
    def columns(self):
        title = self._get_title_column_class(CompactTitleColumn)(
            "full_name",
            label=_("Name"),
            sort_key="last_name",
            get_url=self.get_edit_url,
            get_title_id=lambda application: f"{OBJ_TYPE}_{application.pk}_title",
        )
        return [
            CompactCheckboxColumn("bulk_actions", obj_type=OBJ_TYPE),
            title,
            PlainColumn("unit", label=_("Unit"), accessor="unit.name", sort_key="unit__name"),
            PlainColumn("volunteer_role", label=_("Tidgiver role"), accessor="volunteer_role.name"),
            CompactStatusTagColumn(
                "state", label=_("Status"), accessor=choice_label(Application, "state"), sort_key="state", primary=True
            ),
            CompactDateColumn("submitted_at", label=_("Submitted"), sort_key="submitted_at"),
            WaitingColumn("days_waiting", label=_("Days without contact")),
            PlainColumn("resubmitted_count", label=_("Applied again"), sort_key="resubmitted_count"),
        ]


class ApplicationViewSet(UnitScopedViewSet):
    model = Application
    icon = "form"
    menu_label = _("Applications")
    menu_order = 190
    add_to_admin_menu = True
    allowed_actions = ("change", "view", "export")
    index_view_class = ApplicationIndexView
    filterset_class = ApplicationFilterSet
    list_select_related = ("unit", "volunteer_role")
    list_per_page = 50
    ordering = "-submitted_at"
    export_filename = "soknader"
    search_fields = ["first_name", "last_name", "email", "phone"]

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("history/<int:pk>/", self.history_view, name="history"),
            path("history-results/<int:pk>/", self.history_results_view, name="history_results"),
            # The workflow page is the viewset's "edit" URL, so every Wagtail link to an application lands there.
            detail.detail_urlpattern(self),
            *detail.action_urlpatterns(self),
        ]
