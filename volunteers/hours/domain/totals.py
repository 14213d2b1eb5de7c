"""What Min side shows a Tidgiver: where they can log hours, and their totals (one query each)."""

import datetime

from django.db.models import Q, Sum
from django.utils import timezone

from ..models import HourEntry
from .unit_settings import activity_kinds


def targets_for(volunteer):
    """{key: (label, object)} a Tidgiver can log hours for: their active matches first, then the unit's activities."""
    targets = {}
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
