"""Finding 4: the public form with someone's e-mail changes nothing; the answers wait as a pending update that the
person confirms from a link to the address on file, or a coordinator applies or discards."""

import datetime
import re
import time

import pytest
from django.core import signing
from django.urls import reverse

from notifications.models import OutboundMessage
from volunteers.domain import pending, screening
from volunteers.enums import ApplicationState, EventKind, UpdateState
from volunteers.models import Application, PendingUpdate

from .conftest import form_data

pytestmark = pytest.mark.django_db
S = ApplicationState
STRANGER = {
    "first_name": "Mallory",
    "last_name": "Angriper",
    "phone": "+47 999 88 777",
    "postal_code": "0150",
    "postal_place": "Oslo",
    "date_of_birth": "1970-01-01",
    "motivation": "Overskrevet.",
}


def _receipt(client, page):
    return re.search(r'<article class="receipt">.*</article>', client.get(page.url + "kvittering/").text, re.S)[0]


def _confirm_url(update):
    return reverse("volunteers:confirm_update", args=[pending.token(update)])


def _stored(application):
    application.refresh_from_db()
    return (
        application.first_name,
        application.last_name,
        application.phone,
        application.date_of_birth,
        application.postal_code,
        application.motivation,
    )


ORIGINAL = ("Siri", "Hansen", "+4741234567", datetime.date(1990, 5, 17), "3015", "Jeg vil gi noe tilbake.")


@pytest.fixture
def applied(client, form_page):
    client.post(form_page.url, form_data())
    OutboundMessage.objects.all().delete()
    return Application.objects.get()


def test_resubmit_by_stranger_with_known_email_overwrites_nothing(client, form_page, applied):
    response = client.post(form_page.url, form_data(**STRANGER))

    assert (response.status_code, response["Location"]) == (302, form_page.url + "kvittering/")
    assert _stored(applied) == ORIGINAL
    assert (applied.resubmitted_count, applied.user.phone) == (0, "")
    # The owner hears of it by e-mail to the address on file; the stranger's number gets nothing.
    assert list(OutboundMessage.objects.values_list("template_key", "channel", "address")) == [
        ("volunteers.application_update_confirm", "email", "siri.hansen@example.org")
    ]
    assert PendingUpdate.objects.get().answers["first_name"] == "Mallory"


def test_receipt_page_is_the_same_for_a_known_and_an_unknown_email(client, form_page, applied):
    new = client.post(form_page.url, form_data(email="ny.person@example.org", phone="+47 981 11 222"))
    unknown = _receipt(client, form_page)

    again = client.post(form_page.url, form_data(**STRANGER))
    known = _receipt(client, form_page)

    assert (again.status_code, again["Location"]) == (new.status_code, new["Location"])
    assert known == unknown


def test_confirm_update_get_shows_the_changes_and_changes_nothing(client, form_page, applied):
    client.post(form_page.url, form_data(**STRANGER))
    update = PendingUpdate.objects.get()

    response = client.get(_confirm_url(update))

    assert response.status_code == 200
    assert [(str(label), old, new) for label, old, new in response.context["changes"]] == [
        ("fornavn", "Siri", "Mallory"),
        ("etternavn", "Hansen", "Angriper"),
        ("mobilnummer", "+4741234567", "+4799988777"),
        ("postnummer", "3015", "0150"),
        ("poststed", "Drammen", "Oslo"),
        ("fødselsdato", "1990-05-17", "1970-01-01"),
        ("motivasjon", "Jeg vil gi noe tilbake.", "Overskrevet."),
    ]
    assert "Oppdater søknaden min" in response.text
    assert _stored(applied) == ORIGINAL
    assert PendingUpdate.objects.get().state == UpdateState.PENDING


def test_confirm_update_post_applies_answers_without_logging_in(client, form_page, applied):
    client.post(form_page.url, form_data(motivation="Nå har jeg bedre tid."))
    update = PendingUpdate.objects.get()
    client.logout()

    response = client.post(_confirm_url(update))

    assert response.status_code == 200
    assert "Takk! Søknaden din er oppdatert med de nye svarene." in response.text
    applied.refresh_from_db()
    assert (applied.motivation, applied.resubmitted_count) == ("Nå har jeg bedre tid.", 1)
    update.refresh_from_db()
    assert (update.state, update.decided_by, update.decided_at is not None) == (UpdateState.APPLIED, None, True)
    assert OutboundMessage.objects.filter(template_key="volunteers.application_updated").count() == 1


def test_confirm_update_twice_applies_once_and_says_so(client, form_page, applied):
    client.post(form_page.url, form_data(motivation="Nå har jeg bedre tid."))
    url = _confirm_url(PendingUpdate.objects.get())
    client.post(url)

    response = client.post(url)

    assert response.status_code == 200
    assert "Disse svarene er allerede tatt i bruk, forkastet eller erstattet av nyere." in response.text
    applied.refresh_from_db()
    assert applied.resubmitted_count == 1
    assert OutboundMessage.objects.filter(template_key="volunteers.application_updated").count() == 1


def test_confirm_update_expired_link_is_404_and_changes_nothing(client, form_page, applied, monkeypatch):
    client.post(form_page.url, form_data(**STRANGER))
    update = PendingUpdate.objects.get()
    eight_days_ago = signing.b62_encode(int(time.time()) - 8 * 24 * 3600)
    monkeypatch.setattr(signing.TimestampSigner, "timestamp", lambda self: eight_days_ago)
    url = _confirm_url(update)
    monkeypatch.undo()

    response = client.post(url)

    assert response.status_code == 404
    assert "Lenken virker ikke" in response.text
    assert _stored(applied) == ORIGINAL


@pytest.mark.parametrize("token", ["tull", signing.dumps(1, salt="volunteers.guardian")], ids=["broken", "foreign"])
def test_confirm_update_broken_or_foreign_token_is_404(client, form_page, applied, token):
    client.post(form_page.url, form_data(**STRANGER))

    response = client.post(reverse("volunteers:confirm_update", args=[token]))

    assert response.status_code == 404
    assert _stored(applied) == ORIGINAL


def test_resubmit_twice_supersedes_the_older_update_and_its_link(client, form_page, applied):
    client.post(form_page.url, form_data(**STRANGER))
    older = PendingUpdate.objects.get()
    client.post(form_page.url, form_data(motivation="Min egen endring."))
    newer = PendingUpdate.objects.exclude(pk=older.pk).get()

    client.post(_confirm_url(older))

    older.refresh_from_db()
    assert (older.state, newer.state) == (UpdateState.SUPERSEDED, UpdateState.PENDING)
    assert _stored(applied) == ORIGINAL

    client.post(_confirm_url(newer))

    assert _stored(applied)[-1] == "Min egen endring."


def test_confirm_update_after_withdrawal_changes_nothing(client, form_page, applied):
    client.post(form_page.url, form_data(**STRANGER))
    screening.transition(applied, S.WITHDRAWN, actor=applied.user)

    response = client.post(_confirm_url(PendingUpdate.objects.get()))

    assert "Søknaden er ikke lenger åpen, så den kan ikke oppdateres." in response.text
    assert _stored(applied) == ORIGINAL
    assert PendingUpdate.objects.get().state == UpdateState.PENDING


# --- The coordinator on the screening page --------------------------------------------------------------------


def _admin_url(application, action=""):
    return f"/admin/applications/{application.pk}/{action}"


def test_screening_page_shows_pending_update_with_its_changes(staff_client, client, form_page, applied):
    client.post(form_page.url, form_data(motivation="Nå har jeg bedre tid."))

    response = staff_client.get(_admin_url(applied))

    assert response.status_code == 200
    assert 'data-section="pending_update"' in response.text
    assert [(str(label), old, new) for label, old, new in response.context["pending_changes"]] == [
        ("motivasjon", "Jeg vil gi noe tilbake.", "Nå har jeg bedre tid.")
    ]
    assert "Ta i bruk de nye svarene" in response.text


def test_listing_filter_finds_applications_with_answers_waiting(staff_client, client, form_page, applied, unit):
    from .conftest import make_application

    make_application(unit, first_name="Uten", last_name="Endring")
    client.post(form_page.url, form_data(motivation="Nå har jeg bedre tid."))

    response = staff_client.get("/admin/applications/?pending_update=on")

    assert [application.pk for application in response.context["object_list"]] == [applied.pk]


def test_screening_page_without_pending_update_shows_no_section(staff_client, applied):
    response = staff_client.get(_admin_url(applied))

    assert 'data-section="pending_update"' not in response.text


def test_coordinator_applies_pending_update_and_applicant_is_told(
    staff_client, client, form_page, applied, coordinator
):
    client.post(form_page.url, form_data(motivation="Nå har jeg bedre tid."))
    update = PendingUpdate.objects.get()

    response = staff_client.post(_admin_url(applied, f"update/{update.pk}/apply/"))

    assert (response.status_code, response["Location"]) == (302, _admin_url(applied))
    update.refresh_from_db()
    assert (update.state, update.decided_by) == (UpdateState.APPLIED, coordinator)
    applied.refresh_from_db()
    assert applied.motivation == "Nå har jeg bedre tid."
    entry = applied.events.filter(kind=EventKind.DUPLICATE).last()
    assert (entry.actor, entry.text.split(" Endrede felt")[0]) == (
        coordinator,
        "Svarene som ble sendt på nytt, ble tatt i bruk; søknaden ble oppdatert.",
    )
    told = OutboundMessage.objects.get(template_key="volunteers.application_updated")
    assert (told.channel, told.address) == ("email", "siri.hansen@example.org")


def test_coordinator_discards_pending_update_and_application_stays(
    staff_client, client, form_page, applied, coordinator
):
    client.post(form_page.url, form_data(**STRANGER))
    update = PendingUpdate.objects.get()

    staff_client.post(_admin_url(applied, f"update/{update.pk}/discard/"))

    update.refresh_from_db()
    assert (update.state, update.decided_by) == (UpdateState.DISCARDED, coordinator)
    assert _stored(applied) == ORIGINAL
    note = applied.events.filter(kind=EventKind.NOTE).last()
    assert (note.actor, note.text) == (coordinator, "Svarene som ble sendt på nytt, ble forkastet.")
    # The link the applicant got no longer applies anything.
    client.post(_confirm_url(update))
    assert _stored(applied) == ORIGINAL


def test_coordinator_of_another_unit_cannot_apply_update(client_as, client, form_page, applied):
    client.post(form_page.url, form_data(**STRANGER))
    update = PendingUpdate.objects.get()

    response = client_as("other_coordinator").post(_admin_url(applied, f"update/{update.pk}/apply/"))

    assert response.status_code == 404
    assert PendingUpdate.objects.get().state == UpdateState.PENDING


def test_coordinator_cannot_apply_another_applications_update(staff_client, client, form_page, applied, unit):
    from .conftest import make_application

    other = make_application(unit)
    client.post(form_page.url, form_data(**STRANGER))
    update = PendingUpdate.objects.get()

    response = staff_client.post(_admin_url(other, f"update/{update.pk}/apply/"))

    assert response.status_code == 404
    assert _stored(applied) == ORIGINAL
