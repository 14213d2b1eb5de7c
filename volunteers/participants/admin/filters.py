"""Filters for the Deltakere listing. Choices (units, responsible staff) are only the user's own."""

import datetime

import django_filters
from django import forms
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from portal.org.scoping import staff_units
from volunteers.enums import LifeArea

from ..enums import ParticipantStatus
from ..forms import staff_of
from ..models import Participant, ParticipantLifeArea

WAITING_CHOICES = (
    ("14", _("More than 14 days")),
    ("30", _("More than 30 days")),
    ("60", _("More than 60 days")),
    ("90", _("More than 90 days")),
)


def user_units(request):
    return staff_units(request.user if request else None)


def responsible_staff(request):
    return staff_of(user_units(request))


def waiting_longer_than(queryset, days, today=None):
    cutoff = (today or timezone.localdate()) - datetime.timedelta(days=days)
    return queryset.filter(status=ParticipantStatus.WAITING, waiting_since__lt=cutoff)


class ParticipantFilterSet(WagtailFilterSet):
    unit = django_filters.ModelChoiceFilter(label=_("Unit"), queryset=user_units)
    status = django_filters.MultipleChoiceFilter(
        label=_("Status"), choices=ParticipantStatus.choices, widget=forms.CheckboxSelectMultiple
    )
    responsible = django_filters.ModelChoiceFilter(label=_("Responsible staff member"), queryset=responsible_staff)
    waiting = django_filters.ChoiceFilter(
        label=_("Waiting for a Tidgiver"),
        choices=WAITING_CHOICES,
        method="filter_waiting",
        widget=forms.RadioSelect,
        empty_label=_("All"),
    )
    life_area = django_filters.MultipleChoiceFilter(
        label=_("Prioritised life area"),
        choices=LifeArea.choices,
        widget=forms.CheckboxSelectMultiple,
        method="filter_life_area",
    )

    class Meta:
        model = Participant
        fields = ["unit", "status", "responsible", "waiting", "life_area"]

    def filter_waiting(self, queryset, name, value):
        return waiting_longer_than(queryset, int(value)) if value else queryset

    def filter_life_area(self, queryset, name, value):
        if not value:
            return queryset
        areas = ParticipantLifeArea.objects.filter(participant=OuterRef("pk"), life_area__in=value)
        return queryset.filter(Exists(areas))
