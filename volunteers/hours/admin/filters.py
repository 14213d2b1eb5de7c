"""Filters of the approval queue. Unit choices are only the user's own."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from portal.org.scoping import staff_units

from ..domain.queue import above_threshold_q
from ..enums import EntryState
from ..models import HourEntry


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

    class Meta:
        model = HourEntry
        fields = ["unit", "state", "date_from", "date_to", "paid", "above_threshold"]

    def filter_above_threshold(self, queryset, name, value):
        if value is None:
            return queryset
        return queryset.filter(above_threshold_q()) if value else queryset.exclude(above_threshold_q())
