"""Filters for the coordinator's lists of applications and Tidgivere. Unit choices are only the user's own."""

import datetime

import django_filters
from django import forms
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from portal.org.models import VolunteerRole
from portal.org.scoping import staff_units

from ..enums import ApplicationState, Interest, UpdateState, VolunteerStatus
from ..models import Application, PendingUpdate, Volunteer

OVERDUE_DAYS = 7

# (value, label, youngest age, oldest age); None means open-ended.
AGE_BANDS = (
    ("under_18", _("Under 18"), None, 17),
    ("18_25", _("18–25"), 18, 25),
    ("26_40", _("26–40"), 26, 40),
    ("41_60", _("41–60"), 41, 60),
    ("over_60", _("Over 60"), 61, None),
)

WAITING_CHOICES = (
    ("7", _("More than 7 days")),
    ("14", _("More than 14 days")),
    ("30", _("More than 30 days")),
)


def years_before(day, years):
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year - years, day=28)


def born_between_q(youngest, oldest, today=None):
    """People whose age today lies in [youngest, oldest] (either end may be None)."""
    today = today or timezone.localdate()
    query = Q()
    if youngest is not None:
        query &= Q(date_of_birth__lte=years_before(today, youngest))
    if oldest is not None:
        query &= Q(date_of_birth__gt=years_before(today, oldest + 1))
    return query


def not_contacted_since_q(days, now=None):
    """Open applications nobody has contacted although they came in more than ``days`` days ago."""
    cutoff = (now or timezone.now()) - datetime.timedelta(days=days)
    return Q(contacted_at__isnull=True, submitted_at__lte=cutoff) & ~Q(
        state__in=[ApplicationState.AWAITING_GUARDIAN, ApplicationState.WITHDRAWN, ApplicationState.REJECTED]
    )


def this_week(now=None):
    """[Monday 00:00, next Monday 00:00) in local time."""
    today = timezone.localdate(now or timezone.now())
    monday = today - datetime.timedelta(days=today.weekday())
    start = timezone.make_aware(datetime.datetime.combine(monday, datetime.time.min))
    return start, start + datetime.timedelta(days=7)


def booked_this_week_q(now=None):
    """Applications waiting for a screening conversation booked for this week."""
    from ..models import ScreeningConversation

    start, end = this_week(now)
    booked = ScreeningConversation.objects.filter(booked_for__gte=start, booked_for__lt=end, held_on__isnull=True)
    return Q(state=ApplicationState.CONVERSATION_BOOKED, pk__in=booked.values("application_id"))


def overdue_q(now=None):
    """The applications the listing highlights: received, and nobody has called within a week."""
    return not_contacted_since_q(OVERDUE_DAYS, now) & Q(state=ApplicationState.RECEIVED)


def any_interest_q(interests, field="interests"):
    """Rows whose JSON list of interests holds any of ``interests`` (works on SQLite and PostgreSQL)."""
    query = Q()
    for interest in interests:
        query |= Q(**{f"{field}__icontains": f'"{interest}"'})
    return query


def user_units(request):
    return staff_units(request.user) if request else staff_units(None)


class InterestFilterMixin(django_filters.FilterSet):
    interests = django_filters.MultipleChoiceFilter(
        label=_("Interests"),
        choices=Interest.choices,
        widget=forms.CheckboxSelectMultiple,
        method="filter_interests",
    )

    def filter_interests(self, queryset, name, value):
        return queryset.filter(any_interest_q(value)) if value else queryset


class ApplicationFilterSet(InterestFilterMixin, WagtailFilterSet):
    unit = django_filters.ModelChoiceFilter(label=_("Unit"), queryset=user_units)
    state = django_filters.MultipleChoiceFilter(
        label=_("Status"), choices=ApplicationState.choices, widget=forms.CheckboxSelectMultiple
    )
    volunteer_role = django_filters.ModelChoiceFilter(label=_("Tidgiver role"), queryset=VolunteerRole.objects.all())
    age_band = django_filters.ChoiceFilter(
        label=_("Age"),
        choices=[(value, label) for value, label, *_range in AGE_BANDS],
        method="filter_age_band",
        widget=forms.RadioSelect,
        empty_label=_("All"),
    )
    booked = django_filters.ChoiceFilter(
        label=_("Conversation booked"),
        choices=(("this_week", _("This week")),),
        method="filter_booked",
        widget=forms.RadioSelect,
        empty_label=_("Any time"),
    )
    waiting = django_filters.ChoiceFilter(
        label=_("Not contacted for"),
        choices=WAITING_CHOICES,
        method="filter_waiting",
        widget=forms.RadioSelect,
        empty_label=_("All"),
    )

    pending_update = django_filters.BooleanFilter(
        label=_("Answers sent again, waiting for a decision"),
        method="filter_pending_update",
        widget=forms.CheckboxInput,
        # Unchecked is the default, not an active filter (no "False" pill above every list).
        initial=False,
    )

    class Meta:
        model = Application
        fields = ["unit", "state", "volunteer_role", "age_band", "waiting", "booked", "interests", "pending_update"]

    def filter_pending_update(self, queryset, name, value):
        if not value:
            return queryset
        waiting = PendingUpdate.objects.filter(application=OuterRef("pk"), state=UpdateState.PENDING)
        return queryset.filter(Exists(waiting))

    def filter_age_band(self, queryset, name, value):
        for band, _label, youngest, oldest in AGE_BANDS:
            if band == value:
                return queryset.filter(born_between_q(youngest, oldest))
        return queryset

    def filter_booked(self, queryset, name, value):
        return queryset.filter(booked_this_week_q()) if value == "this_week" else queryset

    def filter_waiting(self, queryset, name, value):
        return queryset.filter(not_contacted_since_q(int(value))) if value else queryset


class VolunteerFilterSet(InterestFilterMixin, WagtailFilterSet):
    unit = django_filters.ModelChoiceFilter(label=_("Unit"), queryset=user_units)
    volunteer_role = django_filters.ModelChoiceFilter(label=_("Tidgiver role"), queryset=VolunteerRole.objects.all())
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=VolunteerStatus.choices, widget=forms.RadioSelect, empty_label=_("All")
    )

    class Meta:
        model = Volunteer
        fields = ["unit", "volunteer_role", "status", "interests"]
