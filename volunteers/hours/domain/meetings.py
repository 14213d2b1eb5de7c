"""Agreed meetings for a match: added by the Tidgiver (on Min side) or staff; cancelled, never silently deleted."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ..models import Meeting
from .errors import HoursError, NotAllowed


@transaction.atomic
def add_meeting(match, *, actor, date, start_time, duration_minutes=90, place=""):
    if date < timezone.localdate():
        raise HoursError(_("A new meeting cannot be in the past."))
    return Meeting.objects.create(
        unit=match.unit,
        volunteer=match.volunteer,
        match=match,
        date=date,
        start_time=start_time,
        duration_minutes=duration_minutes,
        place=place.strip(),
        created_by=actor,
    )


@transaction.atomic
def cancel_meeting(meeting, *, actor):
    if meeting.volunteer is None or meeting.volunteer.user_id != actor.pk:
        raise NotAllowed()
    if meeting.cancelled_at is None:
        meeting.cancelled_at = timezone.now()
        meeting.save(update_fields=["cancelled_at"])
    return meeting


def upcoming_for(user, today=None):
    today = today or timezone.localdate()
    return (
        Meeting.objects.filter(volunteer__user=user, date__gte=today, cancelled_at=None, match__isnull=False)
        .select_related("match__participant")
        .order_by("date", "start_time")
    )
