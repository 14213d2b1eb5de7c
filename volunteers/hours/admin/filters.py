"""Filters of the approval queue. Unit choices are only the user's own."""

import datetime

import django_filters
from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from portal.org.scoping import staff_units

from ..domain.queue import above_threshold_q
from ..enums import WAITING_STATES, WORKLIST_WAITING_DAYS, EntryState
from ..models import HourEntry

# The worklist's counts, as conditions the queue filters by (so its links show exactly the rows counted).
TODO = {
    "waiting": lambda now: Q(state__in=WAITING_STATES),
    "waiting_long": lambda now: Q(
        state__in=WAITING_STATES, created_at__lte=now - datetime.timedelta(days=WORKLIST_WAITING_DAYS)
    ),
    "payable": lambda now: Q(state=EntryState.APPROVED, paid_at=None, reimbursement__gt=0),
}
TODO_CHOICES = [
    ("waiting", _("Waiting for approval")),
    ("waiting_long", _("Waited more than 7 days")),
    ("payable", _("Approved, not paid")),
]


def user_units(request):
    return staff_units(request.user) if request else staff_units(None)


class HourEntryFilterSet(WagtailFilterSet):
    unit = django_filters.ModelChoiceFilter(label=_("Unit"), queryset=user_units)
    state = django_filters.ChoiceFilter(label=_("Status"), choices=EntryState.choices)
    date_from = django_filters.DateFilter(
        label=_("From"), field_name="date", lookup_expr="gte", widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = django_filters.DateFilter(
        label=_("To"), field_name="date", lookup_expr="lte", widget=forms.DateInput(attrs={"type": "date"})
    )
    paid = django_filters.BooleanFilter(label=_("Paid"), field_name="paid_at", lookup_expr="isnull", exclude=True)
    above_threshold = django_filters.BooleanFilter(
        label=_("More than 10,000 kr refunded this year"), method="filter_above_threshold"
    )

    todo = django_filters.ChoiceFilter(label=_("To do"), choices=TODO_CHOICES, method="filter_todo")

    class Meta:
        model = HourEntry
        fields = ["unit", "state", "date_from", "date_to", "paid", "above_threshold", "todo"]

    def filter_todo(self, queryset, name, value):
        return queryset.filter(TODO[value](timezone.now())) if value else queryset

    def filter_above_threshold(self, queryset, name, value):
        if value is None:
            return queryset
        return queryset.filter(above_threshold_q()) if value else queryset.exclude(above_threshold_q())
