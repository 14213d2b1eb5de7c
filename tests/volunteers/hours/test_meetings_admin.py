"""Meetings in the back office: a coordinator adds, moves and cancels a meeting for a match in their unit.

The same domain as Min side, so the reminder the day before and the Tidgiver's iCal feed follow.
"""

import datetime

import icalendar
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from notifications.models import OutboundMessage
from tests import factories
from tests.mfa import log_in_with_mfa
from volunteers.hours.domain import meetings, reminders
from volunteers.hours.domain.calendar import live_token
from volunteers.hours.domain.errors import NotAllowed
from volunteers.hours.models import Meeting
from volunteers.matching.models import Match

from .factories import make_volunteer

LIST = "/admin/meetings/"
NEW = "/admin/meetings/new/"


def make_match(volunteer, name="Ali"):
    participant = factories.make_participant(volunteer.unit, display_name=name)
    return Match.objects.create(unit=volunteer.unit, participant=participant, volunteer=volunteer)


def tomorrow():
    return timezone.localdate() + datetime.timedelta(days=1)


def meeting_data(match=None, day=None, **fields):
    data = {"date": (day or tomorrow()).isoformat(), "start_time": "18:00", "duration_minutes": "60", "place": "Kafé"}
    if match is not None:
        data["match"] = str(match.pk)
    return {**data, **fields}


def test_coordinator_adds_a_meeting_that_is_reminded_and_in_the_feed(staff_client, client, coordinator, volunteer):
    match = make_match(volunteer)

    form = staff_client.get(NEW)
    response = staff_client.post(NEW, meeting_data(match))

    assert [key for key, _label in form.context["form"].fields["match"].choices] == ["", str(match.pk)]
    assert response.status_code == 302
    assert response["Location"] == LIST
    meeting = Meeting.objects.get()
    assert (meeting.unit, meeting.volunteer, meeting.match, meeting.created_by) == (
        volunteer.unit,
        volunteer,
        match,
        coordinator,
    )
    assert (meeting.start_time, meeting.duration_minutes, meeting.place) == (datetime.time(18), 60, "Kafé")
    noon_today = timezone.make_aware(datetime.datetime.combine(timezone.localdate(), datetime.time(12)))
    assert reminders.meeting_reminders(volunteer.unit, noon_today) == 1
    assert OutboundMessage.objects.filter(template_key="hours.meeting_reminder", user=volunteer.user).count() == 1
    feed = icalendar.Calendar.from_ical(client.get(f"/timer/kalender/{live_token(volunteer).token}.ics").content)
    assert [str(event["summary"]) for event in feed.walk("VEVENT")] == ["Møte – Ali"]


def test_the_match_list_offers_only_active_matches_of_the_users_units(staff_client, volunteer, other_unit):
    own = make_match(volunteer)
    paused = make_match(volunteer, "Bo")
    Match.objects.filter(pk=paused.pk).update(state="paused")
    foreign = make_match(make_volunteer(other_unit), "Fremmed")

    response = staff_client.post(NEW, meeting_data(foreign))

    assert [key for key, _label in response.context["form"].fields["match"].choices] == ["", str(own.pk)]
    assert "match" in response.context["form"].errors
    assert Meeting.objects.count() == 0


def test_a_meeting_in_the_past_is_a_field_error(staff_client, volunteer):
    match = make_match(volunteer)

    response = staff_client.post(NEW, meeting_data(match, day=timezone.localdate() - datetime.timedelta(days=1)))

    assert response.context["form"].errors["date"] == ["Et nytt møte kan ikke være tilbake i tid."]
    assert Meeting.objects.count() == 0


def test_coordinator_moves_a_meeting_and_the_new_day_gets_its_reminder(staff_client, coordinator, volunteer):
    match = make_match(volunteer)
    meeting = Meeting.objects.create(
        unit=volunteer.unit, volunteer=volunteer, match=match, date=tomorrow(), start_time=datetime.time(18)
    )
    noon_today = timezone.make_aware(datetime.datetime.combine(timezone.localdate(), datetime.time(12)))
    assert reminders.meeting_reminders(volunteer.unit, noon_today) == 1
    later = tomorrow() + datetime.timedelta(days=1)

    response = staff_client.post(f"/admin/meetings/edit/{meeting.pk}/", meeting_data(day=later, start_time="17:30"))

    assert response.status_code == 302
    meeting.refresh_from_db()
    assert (meeting.date, meeting.start_time, meeting.match) == (later, datetime.time(17, 30), match)
    assert reminders.meeting_reminders(volunteer.unit, noon_today + datetime.timedelta(days=1)) == 1


def test_coordinator_cancels_a_meeting_and_no_reminder_goes(staff_client, volunteer):
    match = make_match(volunteer)
    meeting = Meeting.objects.create(
        unit=volunteer.unit, volunteer=volunteer, match=match, date=tomorrow(), start_time=datetime.time(18)
    )

    response = staff_client.post(f"/admin/meetings/cancel/{meeting.pk}/")

    assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.cancelled_at is not None
    noon_today = timezone.make_aware(datetime.datetime.combine(timezone.localdate(), datetime.time(12)))
    assert reminders.meeting_reminders(volunteer.unit, noon_today) == 0
    assert staff_client.get(f"/admin/meetings/edit/{meeting.pk}/").status_code == 302
    listing = staff_client.get(LIST).content.decode()
    assert "Avlyst" in listing
    assert f"/admin/meetings/edit/{meeting.pk}/" not in listing


def test_another_units_meeting_is_a_404(client, other_coordinator, volunteer):
    match = make_match(volunteer)
    meeting = Meeting.objects.create(
        unit=volunteer.unit, volunteer=volunteer, match=match, date=tomorrow(), start_time=datetime.time(18)
    )
    log_in_with_mfa(client, other_coordinator)

    assert client.get(f"/admin/meetings/edit/{meeting.pk}/").status_code == 404
    assert client.post(f"/admin/meetings/cancel/{meeting.pk}/").status_code == 404
    assert [m.pk for m in client.get(LIST).context["object_list"]] == []
    meeting.refresh_from_db()
    assert meeting.cancelled_at is None


def test_meeting_list_query_count_is_the_same_for_one_and_many(staff_client, unit):
    def add_meeting(index):
        volunteer = make_volunteer(unit)
        match = make_match(volunteer, f"Deltaker {index}")
        Meeting.objects.create(
            unit=unit, volunteer=volunteer, match=match, date=tomorrow(), start_time=datetime.time(18)
        )

    add_meeting(0)
    with CaptureQueriesContext(connection) as one:
        response = staff_client.get(LIST)
    for index in range(1, 8):
        add_meeting(index)
    with CaptureQueriesContext(connection) as many:
        many_response = staff_client.get(LIST)

    assert (response.status_code, len(response.context["object_list"])) == (200, 1)
    assert len(many_response.context["object_list"]) == 8
    assert len(many.captured_queries) == len(one.captured_queries)


def test_only_the_tidgiver_and_the_units_staff_may_move_or_cancel(volunteer, other_coordinator, unit, coordinator):
    match = make_match(volunteer)
    meeting = Meeting.objects.create(
        unit=unit, volunteer=volunteer, match=match, date=tomorrow(), start_time=datetime.time(18)
    )
    someone_else = make_volunteer(unit, first_name="Annen").user
    fields = {"date": tomorrow(), "start_time": datetime.time(19), "duration_minutes": 60}

    for outsider in (someone_else, other_coordinator):
        with pytest.raises(NotAllowed):
            meetings.change_meeting(meeting, actor=outsider, **fields)
        with pytest.raises(NotAllowed):
            meetings.cancel_meeting(meeting, actor=outsider)
        with pytest.raises(NotAllowed):
            meetings.add_meeting(match, actor=outsider, **fields)
    meetings.change_meeting(meeting, actor=volunteer.user, **fields)
    meetings.change_meeting(meeting, actor=coordinator, **{**fields, "place": " Biblioteket "})

    meeting.refresh_from_db()
    assert (meeting.start_time, meeting.place, meeting.cancelled_at) == (datetime.time(19), "Biblioteket", None)
