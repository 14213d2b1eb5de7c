"""The funder report in one step (Stiftelsen Dam / ExtraStiftelsen headings), for a period and some units.

Every figure is a database aggregate (one query per figure group); nothing loops over rows in Python. The
headings follow the final-report form: aktiviteter, måloppnåelse, målgruppe, frivillig innsats, brukermedvirkning.
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import Avg, Count, DurationField, Exists, ExpressionWrapper, F, OuterRef, Q, Subquery, Sum

from volunteers.matching.enums import ClosureReason
from volunteers.matching.models import Match
from volunteers.participants.enums import GOAL_REACHED_FROM, ParticipantStatus
from volunteers.participants.models import Goal, GoalScore, LifeSatisfaction, Participant

from ..enums import ActivityCategory, EntryState, LifeArea, Measure
from ..models import HourEntry, Meeting, UnitHourSettings
from ..models.settings import DEFAULT_GOAL_TARGET_PERCENT


@dataclass
class FunderFigures:
    participants_reached: int = 0
    participants_with_tidgiver: int = 0
    tidgivere_engaged: int = 0
    total_hours: float = 0
    hours_by_measure: dict = field(default_factory=dict)
    hours_by_life_area: dict = field(default_factory=dict)
    meetings_held: int = 0
    events_by_category: dict = field(default_factory=dict)
    activity_hours_by_category: dict = field(default_factory=dict)
    matches_started: int = 0
    matches_ended: int = 0
    median_match_days: float | None = None
    closure_reasons: dict = field(default_factory=dict)
    participants_with_goals: int = 0
    participants_reaching_goals: int = 0
    goal_target_percent: list = field(default_factory=list)
    life_satisfaction_start: float | None = None
    life_satisfaction_latest: float | None = None

    @property
    def goals_reached_percent(self):
        if not self.participants_with_goals:
            return None
        return round(100 * self.participants_reaching_goals / self.participants_with_goals, 1)

    @property
    def life_satisfaction_change(self):
        if self.life_satisfaction_start is None or self.life_satisfaction_latest is None:
            return None
        return round(self.life_satisfaction_latest - self.life_satisfaction_start, 2)


def figures(units, period):
    units = list(units)
    result = FunderFigures()
    reached = participants_reached(units, period)
    result.participants_reached = reached.count()
    result.participants_with_tidgiver = with_tidgiver_contact(units, period).count()
    _hours(result, units, period)
    _activities(result, units, period)
    _matches(result, units, period)
    _goals(result, reached, period)
    _life_satisfaction(result, reached, period)
    result.goal_target_percent = goal_targets(units)
    return result


def goal_targets(units):
    """The units' goal targets (one query; the default for units that never saved settings)."""
    saved = dict(UnitHourSettings.objects.filter(unit__in=units).values_list("unit_id", "goal_target_percent"))
    return sorted({saved.get(unit.pk, DEFAULT_GOAL_TARGET_PERCENT) for unit in units})


def participants_reached(units, period):
    """Registered by the end of the period and not ended before it began (erased rows still count)."""
    ended_before = Q(status=ParticipantStatus.ENDED, status_changed_at__date__lt=period.start)
    return Participant.objects.filter(unit__in=units, start_date__lte=period.end).exclude(ended_before)


def _overlapping_matches(period):
    return Q(started_on__lte=period.end) & (Q(closed_on__isnull=True) | Q(closed_on__gte=period.start))


def with_tidgiver_contact(units, period):
    """An active match in the period, or approved hours with them in the period."""
    match = Match.objects.filter(_overlapping_matches(period), participant=OuterRef("pk"))
    hours = HourEntry.objects.filter(
        match__participant=OuterRef("pk"), state=EntryState.APPROVED, date__gte=period.start, date__lte=period.end
    )
    return participants_reached(units, period).filter(Q(Exists(match)) | Q(Exists(hours)))


def _approved(units, period):
    return HourEntry.objects.filter(
        unit__in=units, state=EntryState.APPROVED, date__gte=period.start, date__lte=period.end
    )


def _hours(result, units, period):
    approved = _approved(units, period)
    totals = approved.aggregate(quarters=Sum("quarters"), tidgivere=Count("volunteer__user", distinct=True))
    result.total_hours = (totals["quarters"] or 0) / 4
    result.tidgivere_engaged = totals["tidgivere"]
    result.hours_by_measure = _grouped(approved, "measure", Measure)
    result.hours_by_life_area = _grouped(approved, "life_area", LifeArea)


def _grouped(queryset, name, choices):
    rows = dict(queryset.values_list(name).annotate(q=Sum("quarters")).order_by(name).values_list(name, "q"))
    result = {value: rows.get(value, 0) / 4 for value in choices.values}
    result[""] = rows.get("", 0) / 4
    return result


def _activities(result, units, period):
    in_period = {"unit__in": units, "date__gte": period.start, "date__lte": period.end, "cancelled_at": None}
    result.meetings_held = Meeting.objects.filter(match__isnull=False, **in_period).count()
    events = dict(
        Meeting.objects.filter(volunteer=None, activity_kind__isnull=False, **in_period)
        .values_list("activity_kind__category")
        .annotate(n=Count("pk"))
        .values_list("activity_kind__category", "n")
    )
    hours = dict(
        _approved(units, period)
        .filter(activity_kind__isnull=False)
        .values_list("activity_kind__category")
        .annotate(q=Sum("quarters"))
        .values_list("activity_kind__category", "q")
    )
    result.events_by_category = {value: events.get(value, 0) for value in ActivityCategory.values}
    result.activity_hours_by_category = {value: hours.get(value, 0) / 4 for value in ActivityCategory.values}


def _matches(result, units, period):
    matches = Match.objects.filter(unit__in=units)
    counts = matches.aggregate(
        started=Count("pk", filter=Q(started_on__gte=period.start, started_on__lte=period.end)),
        ended=Count("pk", filter=Q(closed_on__gte=period.start, closed_on__lte=period.end)),
    )
    result.matches_started, result.matches_ended = counts["started"], counts["ended"]
    ended = matches.filter(closed_on__gte=period.start, closed_on__lte=period.end)
    reasons = dict(ended.values_list("closure_reason").annotate(n=Count("pk")).values_list("closure_reason", "n"))
    result.closure_reasons = {value: reasons.get(value, 0) for value in ClosureReason.values}
    result.median_match_days = median_days(ended)


def median_days(matches):
    """The median length (days) of closed matches: the middle row(s) of the lengths sorted in the database."""
    length = ExpressionWrapper(F("closed_on") - F("started_on"), output_field=DurationField())
    ordered = matches.annotate(length=length).order_by("length").values_list("length", flat=True)
    count = matches.count()
    if not count:
        return None
    middle = list(ordered[(count - 1) // 2 : count // 2 + 1])
    days = [value.days if isinstance(value, datetime.timedelta) else value / 86_400_000_000 for value in middle]
    return sum(days) / len(days)


def _goals(result, participants, period):
    """Participants whose main goals are all at or above 0 at their latest score by the end of the period."""
    latest = (
        GoalScore.objects.filter(goal=OuterRef("pk"), scored_on__lte=period.end)
        .order_by("-scored_on", "-pk")
        .values("score")[:1]
    )
    scored_goals = Goal.objects.filter(participant=OuterRef("pk")).annotate(latest=Subquery(latest))
    with_goals = participants.filter(Exists(scored_goals.filter(latest__isnull=False)))
    counts = with_goals.aggregate(
        total=Count("pk"),
        reaching=Count("pk", filter=~Q(Exists(scored_goals.filter(latest__lt=GOAL_REACHED_FROM)))),
    )
    result.participants_with_goals, result.participants_reaching_goals = counts["total"], counts["reaching"]


def _life_satisfaction(result, participants, period):
    """Mean at the start (each participant's first answer) and the latest (their last answer by the period's end),
    over participants answered at least twice."""
    answers = LifeSatisfaction.objects.filter(participant=OuterRef("pk"), answered_on__lte=period.end)
    first = answers.order_by("answered_on", "pk").values("score")[:1]
    last = answers.order_by("-answered_on", "-pk").values("score")[:1]
    count = answers.order_by().values("participant").annotate(n=Count("pk")).values("n")
    means = (
        participants.annotate(first=Subquery(first), last=Subquery(last), answered=Subquery(count))
        .filter(answered__gte=2)
        .aggregate(start=Avg("first"), latest=Avg("last"))
    )
    result.life_satisfaction_start = _round(means["start"])
    result.life_satisfaction_latest = _round(means["latest"])


def _round(value):
    return None if value is None else round(float(value), 2)
