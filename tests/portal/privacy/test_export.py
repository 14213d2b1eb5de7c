"""Download my data: everything held about the person, as JSON and as a readable page; nothing of anyone else."""

import json
import re

import pytest

from volunteers.domain import records

pytestmark = pytest.mark.django_db
JSON_URL = "/min-side/personvern/mine-data.json"
PAGE_URL = "/min-side/personvern/mine-data/"


def _download(client, user):
    client.force_login(user)
    response = client.get(JSON_URL)
    assert response.status_code == 200
    return response, json.loads(response.content)


def _part(export, key):
    return next(part for part in export["parts"] if part["key"] == key)


def test_my_data_json_holds_account_application_declaration_training_and_messages(client, applicant_with_data):
    user = applicant_with_data.user

    response, export = _download(client, user)

    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="mine-data-')
    assert "no-store" in response["Cache-Control"]
    assert [part["key"] for part in export["parts"]] == [
        "account",
        "messages",
        "volunteers",
        "matching_profile",
        "training",
    ]
    account = _part(export, "account")["data"]
    assert (account["Fornavn"], account["E-post"], account["Enheter og roller"]) == (
        "Siri",
        "siri.hansen@example.org",
        [{"Enhet": "Drammen", "Rolle": "Søker"}],
    )
    volunteers = _part(export, "volunteers")["data"]
    (application,) = volunteers["Søknader"]
    assert (application["Motivasjon"], application["Mobilnummer"], application["Status"]) == (
        "Jeg vil gi noe tilbake.",
        "+4741234567",
        "Erklæringer",
    )
    assert application["Svar sendt på nytt"] == []
    assert [row["Fullt navn slik det ble skrevet"] for row in volunteers["Signerte taushetserklæringer"]] == [
        "Siri Hansen"
    ]
    (module,) = _part(export, "training")["data"]
    assert module["Modul"] == "Grensesetting"
    (message,) = _part(export, "messages")["data"]["Sendt til deg"]
    assert (message["Kanal"], message["Adresse"]) == ("E-post", "siri.hansen@example.org")


def test_my_data_download_is_a_logged_export(client, tidgiver, caplog):
    caplog.set_level("INFO", logger="portal.security")

    _download(client, tidgiver)

    (record,) = [r.security for r in caplog.records if getattr(r, "security", {}).get("event") == "export"]
    assert (record["user_id"], record["view"]) == (tidgiver.pk, "my_data_json")


def test_my_data_leaves_out_internal_notes_and_the_reason_for_rejection(client, applicant_with_data, coordinator):
    records.add_note(applicant_with_data, coordinator, "Virket nervøs i samtalen.")

    response, _export = _download(client, applicant_with_data.user)

    text = response.content.decode()
    assert "Internt: ring referansen igjen." not in text
    assert "Virket nervøs" not in text


def test_my_data_holds_nothing_about_another_person(client, applicant_with_data, tidgiver):
    response, export = _download(client, tidgiver)

    assert "Siri" not in response.content.decode()
    assert _part(export, "volunteers")["data"]["Søknader"] == []


def test_my_data_hides_codes_and_log_in_links_even_from_their_owner(client, tidgiver):
    from notifications.api import send_rendered_email

    send_rendered_email(tidgiver, "account.login_code", subject="Kode", body="Koden din er 123456", secret=True)

    response, _export = _download(client, tidgiver)

    assert "123456" not in response.content.decode()


def test_my_data_page_shows_the_same_parts_readable(client, applicant_with_data):
    client.force_login(applicant_with_data.user)

    response = client.get(PAGE_URL)

    assert response.status_code == 200
    assert [part["key"] for part in response.context["export"]["parts"]] == [
        "account",
        "messages",
        "volunteers",
        "matching_profile",
        "training",
    ]
    assert re.search(r"<dt>Motivasjon</dt><dd>\s*Jeg vil gi noe tilbake\.\s*</dd>", response.text)
    assert "no-store" in response["Cache-Control"]


def test_my_data_includes_a_part_a_later_app_registers(client, tidgiver, extra_part):
    extra_part("matches", collect=lambda user: [{"Deltaker": "Ola (visningsnavn)"}])

    _response, export = _download(client, tidgiver)

    assert _part(export, "matches") == {
        "key": "matches",
        "title": "Matches",
        "data": [{"Deltaker": "Ola (visningsnavn)"}],
    }


def test_minside_links_to_my_data_and_deletion(client, tidgiver):
    client.force_login(tidgiver)

    response = client.get("/min-side/")

    assert 'href="/min-side/personvern/mine-data/"' in response.text
    assert 'href="/min-side/personvern/mine-data.json"' in response.text
    assert 'href="/min-side/personvern/slett-meg/"' in response.text


def test_records_of_processing_page_is_public_and_linked_from_the_privacy_notice(client, form_page):
    response = client.get("/behandlingsprotokoll/")

    assert response.status_code == 200
    assert "<h1>Personvern: behandlingsprotokoll for Tidgiver-portalen</h1>" in response.text
    assert "<h2>Deltakere</h2>" in response.text
    assert 'href="/behandlingsprotokoll/"' in client.get(form_page.url).text
