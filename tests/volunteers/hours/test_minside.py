"""Logging hours on Min side: the form, its errors in Norwegian, totals, edit and delete, receipts, the feed."""

import datetime
from decimal import Decimal

import icalendar
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from volunteers.hours.domain import entries
from volunteers.hours.domain.calendar import live_token
from volunteers.hours.models import HourEntry, Meeting

from .factories import lunch, make_volunteer, submit
from .test_receipts import HTML, PDF

LOG = "/timer/ny/"


@pytest.fixture
def tidgiver_client(client, volunteer):
    client.force_login(volunteer.user)
    return client


def form_data(volunteer, **overrides):
    data = {
        "with_whom": f"activity:{lunch(volunteer.unit).pk}",
        "date": timezone.localdate().isoformat(),
        "hours": "1,5",
        "measure": "activity",
        "life_area": "leisure",
        "km": "12",
        "passengers": "",
        "travel_costs": "",
        "other_expenses": "",
        "other_expenses_text": "",
        "note": "",
    }
    return {**data, **overrides}


def test_log_hours_stores_the_entry_and_goes_back_to_min_side(tidgiver_client, volunteer):
    response = tidgiver_client.post(LOG, form_data(volunteer))

    assert response.status_code == 302
    assert response["Location"] == "/min-side/"
    entry = HourEntry.objects.get()
    assert (entry.volunteer, entry.quarters, entry.km, entry.measure, entry.state) == (
        volunteer,
        6,
        12,
        "activity",
        "submitted",
    )


def test_log_hours_form_is_prefilled_with_the_first_target(tidgiver_client, volunteer):
    response = tidgiver_client.get(LOG)

    assert response.status_code == 200
    assert response.context["form"]["with_whom"].value() == f"activity:{volunteer.unit.activity_kinds.first().pk}"
    assert response.context["form"]["date"].value() == timezone.localdate()


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"date": "2999-01-01"}, "date", "Datoen kan ikke være fram i tid."),
        ({"hours": "0"}, "hours", "Mellom et kvarter (0,25) og 12 timer."),
        ({"hours": "13"}, "hours", "Mellom et kvarter (0,25) og 12 timer."),
        ({"hours": "1,3"}, "hours", "Bruk kvarter: ,25 ,5 eller ,75."),
        ({"hours": "mye"}, "hours", "Skriv timene som et tall, for eksempel 1,5."),
        ({"km": "-4"}, "km", "Verdien må være større enn eller lik 0."),
        ({"note": "x" * 501}, "note", "Sørg for at denne verdien har 500 eller færre tegn (den har nå 501)."),
    ],
)
def test_log_hours_refuses_bad_input_with_a_norwegian_error(tidgiver_client, volunteer, overrides, field, message):
    response = tidgiver_client.post(LOG, form_data(volunteer, **overrides))

    assert response.status_code == 200
    assert response.context["form"].errors[field] == [message]
    assert HourEntry.objects.count() == 0


def test_log_hours_refuses_html_named_pdf_and_a_huge_file(tidgiver_client, volunteer):
    html = SimpleUploadedFile("kvittering.pdf", HTML)
    huge = SimpleUploadedFile("stor.pdf", PDF + b"0" * (50 * 1024 * 1024))

    first = tidgiver_client.post(LOG, {**form_data(volunteer), "receipt": html})
    second = tidgiver_client.post(LOG, {**form_data(volunteer), "receipt": huge})

    assert first.context["form"].errors["receipt"] == ["Kvitteringen må være et bilde (JPEG, PNG, HEIC) eller en PDF."]
    assert second.context["form"].errors["receipt"] == ["Kvitteringen er for stor. Grensen er 10 MB."]
    assert HourEntry.objects.count() == 0


def test_receipt_is_stored_under_a_server_name_and_served_to_owner_and_staff_only(
    tidgiver_client, volunteer, client_as
):
    upload = SimpleUploadedFile("Mitt navn kvittering.pdf", PDF)
    tidgiver_client.post(LOG, {**form_data(volunteer, other_expenses="120"), "receipt": upload})
    entry = HourEntry.objects.get()
    url = f"/timer/{entry.pk}/kvittering/"

    assert entry.receipt.name.startswith(f"receipts/{volunteer.unit_id}/")
    assert entry.receipt.name.endswith(".pdf")
    assert "Mitt navn" not in entry.receipt.name
    owner = tidgiver_client.get(url)
    assert owner.status_code == 200
    assert b"".join(owner.streaming_content) == PDF
    assert owner["X-Content-Type-Options"] == "nosniff"
    assert client_as("coordinator").get(url).status_code == 200
    assert client_as("other_coordinator").get(url).status_code == 404
    assert client_as("applicant").get(url).status_code == 404
    assert client_as("anonymous").get(url).status_code == 302


def test_edit_changes_a_waiting_entry(tidgiver_client, volunteer):
    entry = submit(volunteer, quarters=4)

    response = tidgiver_client.post(f"/timer/{entry.pk}/endre/", form_data(volunteer, hours="2,25"))

    assert response.status_code == 302
    entry.refresh_from_db()
    assert entry.quarters == 9


def test_edit_of_an_approved_entry_is_refused_with_the_reason(tidgiver_client, volunteer, coordinator):
    entry = submit(volunteer, quarters=4)
    entries.transition(entry, "approved", actor=coordinator)

    response = tidgiver_client.post(f"/timer/{entry.pk}/endre/", form_data(volunteer, hours="8"), follow=True)

    entry.refresh_from_db()
    assert entry.quarters == 4
    assert "Timene er godkjent og låst." in response.content.decode()


def test_another_tidgivers_entry_is_a_404(tidgiver_client, unit):
    other = submit(make_volunteer(unit, first_name="Annen"))

    assert tidgiver_client.get(f"/timer/{other.pk}/endre/").status_code == 404
    assert tidgiver_client.post(f"/timer/{other.pk}/slett/").status_code == 404
    assert HourEntry.objects.filter(pk=other.pk).exists()


def test_delete_removes_a_waiting_entry(tidgiver_client, volunteer):
    entry = submit(volunteer)

    assert tidgiver_client.post(f"/timer/{entry.pk}/slett/").status_code == 302
    assert not HourEntry.objects.filter(pk=entry.pk).exists()


def test_min_side_shows_totals_for_week_month_and_year(tidgiver_client, volunteer, coordinator):
    today = timezone.localdate()
    submit(volunteer, days_ago=0, quarters=6)
    returned = submit(volunteer, days_ago=0, quarters=8)
    entries.transition(returned, "returned", actor=coordinator, comment="Dobbelt")
    last_year = HourEntry.objects.create(
        unit=volunteer.unit, volunteer=volunteer, date=today.replace(year=today.year - 1), quarters=40
    )

    section = next(s for s in tidgiver_client.get("/min-side/").context["sections"] if s["title"] == "Timer")

    assert section["totals"] == {"week": 1.5, "month": 1.5, "year": 1.5}
    assert section["totals_text"] == {"week": "1,5", "month": "1,5", "year": "1,5"}
    assert last_year.pk not in [entry.pk for entry in section["latest"]][:2]


def test_min_side_query_count_is_the_same_for_one_and_many_entries(tidgiver_client, volunteer):
    submit(volunteer)
    tidgiver_client.get("/min-side/")
    tidgiver_client.get("/min-side/")  # the menu is cached from the second view on
    with CaptureQueriesContext(connection) as one:
        tidgiver_client.get("/min-side/")
    for _ in range(8):
        submit(volunteer)
    tidgiver_client.get("/min-side/")  # (a saved activity kind may have changed the menu's cache key)
    with CaptureQueriesContext(connection) as many:
        tidgiver_client.get("/min-side/")

    assert len(many.captured_queries) == len(one.captured_queries)


def test_calendar_feed_is_valid_ical_with_the_meetings(client, volunteer):
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    Meeting.objects.create(
        unit=volunteer.unit, volunteer=volunteer, date=tomorrow, start_time=datetime.time(18, 0), place="Kafé"
    )
    Meeting.objects.create(
        unit=volunteer.unit, activity_kind=lunch(volunteer.unit), date=tomorrow, start_time=datetime.time(12, 0)
    )
    token = live_token(volunteer).token

    response = client.get(f"/timer/kalender/{token}.ics")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    parsed = icalendar.Calendar.from_ical(response.content)
    events = [(str(e["summary"]), e.decoded("dtstart").hour, str(e.get("location", ""))) for e in parsed.walk("VEVENT")]
    assert events == [("Lunsj", 12, ""), ("Møte", 18, "Kafé")]


def test_calendar_feed_new_address_revokes_the_old(tidgiver_client, client, volunteer):
    old = live_token(volunteer).token

    assert tidgiver_client.post("/timer/kalender/ny-adresse/").status_code == 302

    new = live_token(volunteer).token
    assert new != old
    assert client.get(f"/timer/kalender/{old}.ics").status_code == 404
    assert client.get(f"/timer/kalender/{new}.ics").status_code == 200
    assert client.get("/timer/kalender/not-a-token.ics").status_code == 404


def test_decimal_amounts_accept_norwegian_commas(tidgiver_client, volunteer):
    tidgiver_client.post(LOG, form_data(volunteer, travel_costs="45,50"))

    assert HourEntry.objects.get().travel_costs == Decimal("45.50")


def _match(volunteer, name):
    from tests import factories
    from volunteers.matching.models import Match

    participant = factories.make_participant(volunteer.unit, display_name=name)
    return Match.objects.create(unit=volunteer.unit, participant=participant, volunteer=volunteer)


def test_log_hours_opens_on_the_one_active_match(tidgiver_client, volunteer):
    match = _match(volunteer, "Ali")

    response = tidgiver_client.get(LOG)

    assert response.context["form"]["with_whom"].value() == f"match:{match.pk}"
    assert response.context["form"].fields["with_whom"].choices[0] == (f"match:{match.pk}", "Ali")


def test_log_hours_for_a_match_and_totals_per_match(tidgiver_client, volunteer):
    ali = _match(volunteer, "Ali")
    berit = _match(volunteer, "Berit")

    tidgiver_client.post(LOG, form_data(volunteer, with_whom=f"match:{ali.pk}", hours="1,5"))
    tidgiver_client.post(LOG, form_data(volunteer, with_whom=f"match:{berit.pk}", hours="2"))
    tidgiver_client.post(LOG, form_data(volunteer, with_whom=f"match:{ali.pk}", hours="0,5"))

    section = next(s for s in tidgiver_client.get("/min-side/").context["sections"] if s["title"] == "Timer")
    assert section["per_match"] == [
        {"name": "Ali", "hours": 2.0, "text": "2"},
        {"name": "Berit", "hours": 2.0, "text": "2"},
    ]
    assert HourEntry.objects.filter(match=ali).count() == 2


def test_log_hours_for_someone_elses_match_is_refused(tidgiver_client, volunteer, unit):
    other = _match(make_volunteer(unit, first_name="Annen"), "Cato")

    response = tidgiver_client.post(LOG, form_data(volunteer, with_whom=f"match:{other.pk}"))

    assert response.status_code == 200
    assert "with_whom" in response.context["form"].errors
    assert HourEntry.objects.count() == 0


def test_add_an_agreed_meeting_for_the_match_and_cancel_it(tidgiver_client, volunteer):
    match = _match(volunteer, "Ali")
    tomorrow = (timezone.localdate() + datetime.timedelta(days=1)).isoformat()

    response = tidgiver_client.post(
        "/timer/mote/ny/",
        {"match": str(match.pk), "date": tomorrow, "start_time": "18:30", "duration_minutes": "60", "place": "Kafé"},
    )

    assert response.status_code == 302
    meeting = Meeting.objects.get()
    assert (meeting.match, meeting.volunteer, meeting.start_time, meeting.duration_minutes, meeting.place) == (
        match,
        volunteer,
        datetime.time(18, 30),
        60,
        "Kafé",
    )
    section = next(s for s in tidgiver_client.get("/min-side/").context["sections"] if s["title"] == "Timer")
    assert [m.pk for m in section["meetings"]] == [meeting.pk]
    assert tidgiver_client.post(f"/timer/mote/{meeting.pk}/avlys/").status_code == 302
    meeting.refresh_from_db()
    assert meeting.cancelled_at is not None


def test_add_a_meeting_in_the_past_is_refused(tidgiver_client, volunteer):
    match = _match(volunteer, "Ali")

    response = tidgiver_client.post(
        "/timer/mote/ny/",
        {"match": str(match.pk), "date": "2020-01-01", "start_time": "18:00", "duration_minutes": "60"},
    )

    assert response.context["form"].errors["date"] == ["Et nytt møte kan ikke være tilbake i tid."]
    assert Meeting.objects.count() == 0


def test_another_tidgivers_meeting_cannot_be_cancelled(tidgiver_client, unit):
    other = make_volunteer(unit, first_name="Annen")
    match = _match(other, "Cato")
    meeting = Meeting.objects.create(
        unit=unit, volunteer=other, match=match, date=timezone.localdate(), start_time=datetime.time(18)
    )

    assert tidgiver_client.post(f"/timer/mote/{meeting.pk}/avlys/").status_code == 404
