"""Every view of a participant record is logged (who, when, which record, which page); the unit admin sees it."""

import csv
import io

import pytest
from wagtail.models import ModelLogEntry

from volunteers.participants.domain.access import VIEWED
from volunteers.participants.enums import AccessPage
from volunteers.participants.models import Participant

from .back_office import LISTING, make_unit_admin, register, staff_login

pytestmark = pytest.mark.django_db


def entries():
    codes = dict(Participant.objects.values_list("pk", "code"))
    views = ModelLogEntry.objects.filter(action=VIEWED).select_related("user").order_by("pk")
    return [(entry.user.email, codes[int(entry.object_id)], entry.data["page"]) for entry in views]


def test_access_participant_page_view_is_logged(staff_client, unit, coordinator):
    participant = register(unit, code="DR-1")
    assert staff_client.get(f"{LISTING}{participant.pk}/").status_code == 200
    assert entries() == [("kari@example.org", "DR-1", AccessPage.PAGE)]


def test_access_edit_form_view_is_logged(staff_client, unit):
    participant = register(unit, code="DR-1")
    staff_client.get(f"{LISTING}{participant.pk}/edit/")
    assert entries() == [("kari@example.org", "DR-1", AccessPage.EDIT)]


def test_access_export_logs_every_exported_row(staff_client, unit, other_unit):
    register(unit, code="DR-1")
    register(unit, code="DR-2")
    register(other_unit, code="OS-1")
    response = staff_client.get(LISTING + "?export=csv")
    b"".join(response.streaming_content)
    assert sorted(entries()) == [
        ("kari@example.org", "DR-1", AccessPage.EXPORT),
        ("kari@example.org", "DR-2", AccessPage.EXPORT),
    ]


def test_access_foreign_record_is_404_and_not_logged(staff_client, other_unit):
    participant = register(other_unit, code="OS-1")
    for url in (
        f"{LISTING}{participant.pk}/",
        f"{LISTING}{participant.pk}/edit/",
        f"{LISTING}{participant.pk}/delete/",
    ):
        assert staff_client.get(url).status_code == 404
    assert entries() == []


def test_access_log_is_shown_to_the_unit_admin_only(staff_client, unit, coordinator):
    participant = register(unit, code="DR-1")
    admin_client = staff_login(make_unit_admin(unit, email="una@example.org"))
    staff_client.get(f"{LISTING}{participant.pk}/")

    coordinator_page = staff_client.get(f"{LISTING}{participant.pk}/").text
    admin_page = admin_client.get(f"{LISTING}{participant.pk}/").text

    assert 'data-section="access-log"' not in coordinator_page
    assert admin_page.count("data-access-entry") == 3
    assert "Kari" in admin_page


def test_access_log_holds_no_name_of_the_participant(staff_client, unit):
    participant = register(unit, display_name="Ali", code="DR-1")
    staff_client.get(f"{LISTING}{participant.pk}/")
    entry = ModelLogEntry.objects.filter(action=VIEWED).values("label", "data").get()
    assert entry == {"label": f"Deltaker {participant.pk}", "data": {"page": "page"}}


def test_access_export_has_no_personal_free_text(staff_client, unit):
    register(unit, display_name="Ali", code="DR-1", what_would_help="Noen å gå på kino med.")
    response = staff_client.get(LISTING + "?export=csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8"))))
    assert rows[0] == [
        "Intern kode",
        "Enhet",
        "Status",
        "Ansvarlig ansatt",
        "Startdato",
        "Dager på venteliste",
        "Prioriterte livsområder",
        "Interesser",
        "Språk",
        "Hovedmål",
        "Samtykke gitt",
        "Versjon av samtykketeksten",
    ]
    assert rows[1][:3] == ["DR-1", "Drammen", "Venter på Tidgiver"]
    text = "\n".join(",".join(row) for row in rows)
    assert "Ali" not in text
    assert "kino" not in text
    assert "Gå på tur" not in text


def test_access_export_is_a_security_event_without_names(staff_client, unit, coordinator, caplog):
    register(unit, display_name="Ali", code="DR-1")
    register(unit, display_name="Mona", code="DR-2")
    with caplog.at_level("INFO", logger="portal.security"):
        b"".join(staff_client.get(LISTING + "?export=csv").streaming_content)
    lines = [record.getMessage() for record in caplog.records if record.name == "portal.security"]
    assert len(lines) == 1
    assert "event=export" in lines[0] and "rows=2" in lines[0] and "view=participants" in lines[0]
    assert f"user_id={coordinator.pk}" in lines[0]


def test_access_application_logs_never_name_a_participant(staff_client, unit, caplog):
    from .back_office import form_data

    with caplog.at_level("DEBUG"):
        staff_client.post(LISTING + "new/", form_data(unit, display_name="Zerina", code="DR-77"))
        participant_pk = Participant.objects.get().pk
        staff_client.get(f"{LISTING}{participant_pk}/")
        staff_client.get(f"{LISTING}{participant_pk}/edit/")
        b"".join(staff_client.get(LISTING + "?export=xlsx").streaming_content)
    assert "Zerina" not in caplog.text


def test_access_tidgiver_facing_pages_never_list_participants(client, unit, tidgiver):
    register(unit, display_name="Zerina", code="DR-77")
    client.force_login(tidgiver)
    assert "Zerina" not in client.get("/min-side/").text
    assert client.get(LISTING).status_code == 302
