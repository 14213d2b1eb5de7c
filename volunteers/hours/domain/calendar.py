"""A Tidgiver's calendar feed (iCalendar): their meetings and, where the unit publishes them, its own events.

The address carries a secret token; making a new one revokes the old. Events name the participant by display
name only and never carry notes.
"""

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from ..models import CalendarFeedToken, Meeting
from .unit_settings import settings_for

PAST_DAYS = 60


def live_token(volunteer):
    """The volunteer's current token, made the first time it is asked for."""
    token = CalendarFeedToken.objects.filter(volunteer=volunteer, revoked_at=None).first()
    return token or CalendarFeedToken.objects.create(volunteer=volunteer, unit=volunteer.unit)


@transaction.atomic
def new_token(volunteer):
    """Revoke the current address and make a new one."""
    CalendarFeedToken.objects.filter(volunteer=volunteer, revoked_at=None).update(revoked_at=timezone.now())
    return CalendarFeedToken.objects.create(volunteer=volunteer, unit=volunteer.unit)


def volunteer_for_token(token):
    """The Tidgiver a live token belongs to, or None (unknown and revoked tokens are the same)."""
    found = CalendarFeedToken.objects.filter(token=token, revoked_at=None).select_related("volunteer__unit").first()
    return found.volunteer if found else None


def meetings_for(volunteer, today=None):
    since = (today or timezone.localdate()) - datetime.timedelta(days=PAST_DAYS)
    own = Meeting.objects.filter(volunteer=volunteer, date__gte=since, cancelled_at=None)
    events = Meeting.objects.none()
    if settings_for(volunteer.unit).publish_unit_events:
        events = Meeting.objects.filter(unit=volunteer.unit, volunteer=None, date__gte=since, cancelled_at=None)
    return (own | events).select_related("activity_kind", "match__participant").order_by("date", "start_time")


def meeting_title(meeting):
    if meeting.volunteer_id is None:
        return meeting.activity_kind.name if meeting.activity_kind_id else _("Event")
    return _("Meeting") + (f" – {meeting.with_whom}" if meeting.with_whom else "")


def feed(volunteer):
    """The iCalendar text (bytes) of the volunteer's feed."""
    calendar = Calendar()
    calendar.add("prodid", "-//Blå Kors steg for steg//Tidgiver//NO")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", _("Tidgiver – %(unit)s") % {"unit": volunteer.unit.name})
    stamp = timezone.now()
    for meeting in meetings_for(volunteer):
        event = Event()
        event.add("uid", f"meeting-{meeting.pk}@tidgiver")
        event.add("dtstamp", stamp)
        event.add("dtstart", meeting.starts_at)
        event.add("dtend", meeting.ends_at)
        event.add("summary", meeting_title(meeting))
        if meeting.place:
            event.add("location", meeting.place)
        calendar.add_component(event)
    return calendar.to_ical()
