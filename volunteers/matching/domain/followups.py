"""The follow-up schedule of a match: after 2 weeks, after 6 weeks, then every 3 months (per-unit settings)."""

import datetime

from ..models import FollowUp, settings_for


def first_due_dates(match):
    settings = settings_for(match.unit)
    start = match.started_on
    return [
        start + datetime.timedelta(days=settings.follow_up_first_days),
        start + datetime.timedelta(days=settings.follow_up_second_days),
    ]


def schedule_first(match):
    """The first two follow-ups, created when the match starts."""
    return FollowUp.objects.bulk_create(
        [FollowUp(unit_id=match.unit_id, match=match, due_on=day) for day in first_due_dates(match)]
    )


def schedule_next(match, after):
    """After a follow-up is held and none is pending, the next comes one interval after the latest due date."""
    if FollowUp.objects.filter(match=match, done_on__isnull=True).exists():
        return None
    settings = settings_for(match.unit)
    latest = FollowUp.objects.filter(match=match).order_by("-due_on").values_list("due_on", flat=True).first()
    base = max(latest or after, after)
    return FollowUp.objects.create(
        unit_id=match.unit_id, match=match, due_on=base + datetime.timedelta(days=settings.follow_up_interval_days)
    )


def cancel_pending(match):
    """A closed match has no more follow-ups; the ones not held are removed from the worklist."""
    return FollowUp.objects.filter(match=match, done_on__isnull=True).delete()[0]
