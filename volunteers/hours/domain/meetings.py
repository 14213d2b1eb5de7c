"""Agreed meetings for a match: added by the Tidgiver (on Min side) or staff; cancelled, never silently deleted."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from volunteers.matching.enums import MatchState

from .. import rules
from ..models import Meeting
from .errors import HoursError, NotAllowed


@transaction.atomic
def add_meeting(match, *, actor, date, start_time, duration_minutes=90, place=""):
    """A meeting for ``match`` by its Tidgiver or the unit's staff; reminders and the iCal feed read it from here."""
    if not rules.may_add_meeting(actor, match):
        raise NotAllowed()
    if match.state != MatchState.ACTIVE:
        raise HoursError(_("Meetings are agreed for active matches only."))
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
def change_meeting(meeting, *, actor, date, start_time, duration_minutes, place=""):
    """Move a meeting that is not cancelled. A new date gets its own reminder the day before (the ledger is per
    date); the feed shows the new time at its next fetch."""
    meeting = _locked(meeting)
    if meeting.volunteer_id is None or not rules.may_manage_meeting(actor, meeting):
        raise NotAllowed()
    if meeting.cancelled_at is not None:
        raise HoursError(_("This meeting is cancelled."))
    if date < timezone.localdate():
        raise HoursError(_("A meeting cannot be moved to the past."))
    meeting.date, meeting.start_time, meeting.duration_minutes = date, start_time, duration_minutes
    meeting.place = place.strip()
    meeting.full_clean()
    meeting.save(update_fields=["date", "start_time", "duration_minutes", "place"])
    return meeting


@transaction.atomic
def cancel_meeting(meeting, *, actor):
    """Cancel (never delete): no reminder, no prompt, and the feed leaves it out. By the Tidgiver or staff."""
    meeting = _locked(meeting)
    if meeting.volunteer_id is None or not rules.may_manage_meeting(actor, meeting):
        raise NotAllowed()
    if meeting.cancelled_at is None:
        meeting.cancelled_at = timezone.now()
        meeting.save(update_fields=["cancelled_at"])
    return meeting


def _locked(meeting):
    return Meeting.objects.select_for_update(of=("self",)).select_related("volunteer").get(pk=meeting.pk)


def upcoming_for(user, today=None):
    today = today or timezone.localdate()
    return (
        Meeting.objects.filter(volunteer__user=user, date__gte=today, cancelled_at=None, match__isnull=False)
        .select_related("match__participant")
        .order_by("date", "start_time")
    )
