"""The approval queue in the back office: entries of the user's units, bulk approve / return / mark paid, export.

No generic edit form: every change goes through the domain (approval saves the amounts, corrections need a
reason). The export is the payout basis: filter by period (and Tidgiver) and download CSV or XLSX.
"""

from decimal import Decimal

from django.core.exceptions import FieldDoesNotExist
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.admin_url_finder import ModelAdminURLFinder

from portal.org.columns import (
    CompactCheckboxColumn,
    CompactDateColumn,
    CompactStatusTagColumn,
    CompactTitleColumn,
    PlainColumn,
    as_text,
    choice_label,
)
from portal.org.viewsets import ScopedIndexView, ScopedInspectView, UnitScopedViewSet

from .. import rules
from ..domain.queue import queue_for
from ..domain.reimbursement import CENT
from ..enums import REPORTING_THRESHOLD_NOK
from ..models import HourEntry
from .correction import CorrectEntryView
from .filters import HourEntryFilterSet

OBJ_TYPE = "hourentry"


def _what(entry):
    return entry.target_label


def _warning(entry):
    return (
        _("Above 10,000 kr this year: report to Skatteetaten") if entry.year_refunds > REPORTING_THRESHOLD_NOK else ""
    )


EXPORT_COLUMNS = (
    ("date", _("Date"), lambda e: e.date),
    ("first_name", _("First name"), lambda e: e.volunteer.user.first_name),
    ("last_name", _("Last name"), lambda e: e.volunteer.user.last_name),
    ("email", _("Email"), lambda e: e.volunteer.user.email),
    ("unit", _("Unit"), lambda e: e.unit.name),
    ("what", _("With whom / activity"), _what),
    ("hours", _("Hours"), lambda e: e.hours),
    ("km", _("km driven"), lambda e: e.km),
    ("passengers", _("Passengers"), lambda e: e.passengers),
    ("rate_per_km", _("kr per km"), lambda e: e.rate_per_km if e.rate_per_km is not None else ""),
    ("mileage_amount", _("Mileage (kr)"), lambda e: e.mileage_amount if e.mileage_amount is not None else ""),
    ("travel_costs", _("Tolls, parking and ferry (kr)"), lambda e: e.travel_costs),
    ("other_expenses", _("Other expenses (kr)"), lambda e: e.other_expenses),
    ("reimbursement", _("To be paid (kr)"), lambda e: e.reimbursement if e.reimbursement is not None else ""),
    ("state", _("Status"), lambda e: str(e.get_state_display())),
    ("paid_at", _("Paid"), lambda e: e.paid_at or ""),
    ("year_refunds", _("Refunded this year (kr)"), lambda e: Decimal(e.year_refunds).quantize(CENT)),
    ("warning", _("Warning"), _warning),
)


class YearRefundsColumn(PlainColumn):
    def render_cell_html(self, instance, parent_context):
        value = as_text(self.get_value(instance))
        if instance.year_refunds <= REPORTING_THRESHOLD_NOK:
            return format_html("<td>{}</td>", value)
        return format_html(
            '<td>{} <span class="w-status w-status--label" data-refund-warning title="{}">{}</span></td>',
            value,
            gettext("Refunds to one person above 10,000 kr in a calendar year must be reported to Skatteetaten."),
            gettext("Above 10,000 kr"),
        )


class HourEntryIndexView(ScopedIndexView):
    template_name = "hours/admin/queue_index.html"
    list_export = [key for key, _heading, _value in EXPORT_COLUMNS]
    export_headings = {key: heading for key, heading, _value in EXPORT_COLUMNS}
    _export_values = {key: value for key, _heading, value in EXPORT_COLUMNS}

    def get_base_queryset(self):
        return queue_for(self.request.user)

    def to_row_dict(self, item):
        return {key: self._export_values[key](item) for key in self.list_export}

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        for word in self.search_query.split():
            queryset = queryset.filter(volunteer__user__first_name__icontains=word) | queryset.filter(
                volunteer__user__last_name__icontains=word
            )
        return queryset

    def get_export_url(self, format):
        params = self.request.GET.copy()
        params.pop("p", None)
        params["export"] = format
        return self.index_url + "?" + params.urlencode()

    @cached_property
    def columns(self):
        return [
            CompactCheckboxColumn("bulk_actions", obj_type=OBJ_TYPE),
            self._get_title_column_class(CompactTitleColumn)(
                "name",
                label=_("Tidgiver"),
                accessor="volunteer.user.get_full_name",
                sort_key="volunteer__user__last_name",
                get_url=self.get_inspect_url,
                get_title_id=lambda entry: f"{OBJ_TYPE}_{entry.pk}_title",
            ),
            CompactDateColumn("date", label=_("Date"), sort_key="date"),
            PlainColumn("hours", label=_("Hours"), sort_key="quarters"),
            PlainColumn("what", label=_("With whom / activity"), accessor=_what),
            PlainColumn("km", label=_("km"), sort_key="km"),
            PlainColumn("expenses_at_cost", label=_("Expenses (kr)")),
            PlainColumn("reimbursement", label=_("To be paid (kr)"), sort_key="reimbursement"),
            CompactStatusTagColumn(
                "state", label=_("Status"), accessor=choice_label(HourEntry, "state"), sort_key="state", primary=True
            ),
            CompactDateColumn("paid_at", label=_("Paid"), sort_key="paid_at"),
            YearRefundsColumn("year_refunds", label=_("Refunded this year (kr)")),
        ]


def _field_label(name):
    try:
        return HourEntry._meta.get_field(name).verbose_name
    except FieldDoesNotExist:
        return name


class HourEntryInspectView(ScopedInspectView):
    template_name = "hours/admin/entry_inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["events"] = [
            (event, [(_field_label(name), old, new) for name, (old, new) in event.changes.items()])
            for event in self.object.events.select_related("actor")
        ]
        if rules.may_correct(self.request.user, self.object):
            context["correct_url"] = reverse("hour_entries:correct", args=[self.object.pk])
        return context


class HourEntryViewSet(UnitScopedViewSet):
    model = HourEntry
    icon = "time"
    menu_label = _("Hour approval")
    menu_order = 230
    add_to_admin_menu = True
    allowed_actions = ("change", "view", "export")
    index_view_class = HourEntryIndexView
    inspect_view_class = HourEntryInspectView
    inspect_view_enabled = True
    inspect_view_fields = [
        "unit",
        "volunteer",
        "match",
        "date",
        "quarters",
        "activity_kind",
        "measure",
        "life_area",
        "km",
        "passengers",
        "travel_costs",
        "other_expenses",
        "other_expenses_text",
        "note",
        "state",
        "return_comment",
        "source",
        "approved_at",
        "approved_by",
        "rate_per_km",
        "rate_per_passenger_km",
        "mileage_amount",
        "reimbursement",
        "paid_at",
    ]
    filterset_class = HourEntryFilterSet
    list_per_page = 50
    ordering = ["-date", "-pk"]
    export_filename = "timer"

    def get_common_view_kwargs(self, **kwargs):
        missing = {"add_url_name": None, "edit_url_name": None, "delete_url_name": None, "usage_url_name": None}
        return super().get_common_view_kwargs(**{**missing, **kwargs})

    @property
    def url_finder_class(self):
        return type("HourEntryURLFinder", (ModelAdminURLFinder,), {"edit_url_name": self.get_url_name("inspect")})

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
            path("correct/<int:pk>/", CorrectEntryView.as_view(), name="correct"),
        ]
