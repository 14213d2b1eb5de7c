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


def totals_for(user, today=None):
    """Hours this week, month and year over all the person's profiles (approved and waiting; not returned)."""
    today = today or timezone.localdate()
    week_start = today - datetime.timedelta(days=today.weekday())
    counted = HourEntry.objects.filter(volunteer__user=user, date__year=today.year).exclude(state="returned")
    sums = counted.aggregate(
        week=Sum("quarters", filter=Q(date__gte=week_start)),
        month=Sum("quarters", filter=Q(date__month=today.month)),
        year=Sum("quarters"),
    )
    return {key: (value or 0) / 4 for key, value in sums.items()}


def hours_per_match(user):
    """Hours (not returned) per match of the person, with the participant's display name: one query."""
    rows = (
        HourEntry.objects.filter(volunteer__user=user, match__isnull=False)
        .exclude(state="returned")
        .values("match", "match__participant__display_name")
        .annotate(quarters=Sum("quarters"))
        .order_by("match__participant__display_name")
    )
    return [{"name": row["match__participant__display_name"], "hours": row["quarters"] / 4} for row in rows]
