"""What Min side shows a Tidgiver: where they can log hours, and their totals (one query each)."""

import datetime

from django.db.models import Q, Sum
from django.utils import timezone

from volunteers.matching.enums import MatchState
from volunteers.matching.models import Match

from ..models import HourEntry
from .unit_settings import activity_kinds


def active_matches(volunteer):
    return (
        Match.objects.filter(volunteer=volunteer, state=MatchState.ACTIVE)
        .select_related("participant")
        .order_by("started_on", "pk")
    )


def targets_for(volunteer):
    """{key: (label, object)} a Tidgiver can log hours for: their active matches first, then the unit's activities."""
    targets = {}
    for match in active_matches(volunteer):
        targets[f"match:{match.pk}"] = (match.participant.display_name, match)
    for kind in activity_kinds(volunteer.unit):
        targets[f"activity:{kind.pk}"] = (kind.name, kind)
    return targets


def summary_for(user, today=None):
    """Hours this week, month and year over all the person's profiles (approved and waiting; not returned), and
    hours per match with the participant's display name: one query, one row per match (and one for the rest)."""
    today = today or timezone.localdate()
    week_start = today - datetime.timedelta(days=today.weekday())
    this_year = Q(date__year=today.year)
    rows = (
        HourEntry.objects.filter(volunteer__user=user)
        .exclude(state="returned")
        .values("match", "match__participant__display_name")
        .annotate(
            week=Sum("quarters", filter=this_year & Q(date__gte=week_start)),
            month=Sum("quarters", filter=this_year & Q(date__month=today.month)),
            year=Sum("quarters", filter=this_year),
            quarters=Sum("quarters"),
        )
        .order_by("match__participant__display_name", "match")
    )
    rows = list(rows)
    totals = {key: sum(row[key] or 0 for row in rows) / 4 for key in ("week", "month", "year")}
    per_match = [
        {"name": row["match__participant__display_name"], "hours": row["quarters"] / 4}
        for row in rows
        if row["match"] is not None
    ]
    return totals, per_match
