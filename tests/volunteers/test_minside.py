"""Min side for applicants: follow the status, withdraw, update contact details, sign the taushetserklæring."""

import pytest

from portal.org.enums import Role
from volunteers.domain import screening
from volunteers.enums import ApplicationState, EventKind, VolunteerStatus
from volunteers.models import ConfidentialityDeclaration, ConfidentialitySignature, Volunteer

from .conftest import make_application

pytestmark = pytest.mark.django_db
S = ApplicationState


@pytest.fixture
def applicant_client(client, application):
    client.force_login(application.user)
    return client


def test_minside_shows_application_status_and_actions(applicant_client, application, declaration):
    text = applicant_client.get("/min-side/").text
    assert '<span class="status" data-testid="application-status">Mottatt</span>' in text
    assert "Vi har mottatt søknaden din. En koordinator tar kontakt innen en uke." in text
    assert 'href="/tidgiver/soknad/trekk/"' in text
    assert 'href="/tidgiver/soknad/kontaktinformasjon/"' in text
    assert 'href="/tidgiver/taushetserklaering/"' in text


def test_minside_without_application_shows_empty_section(client, tidgiver):
    client.force_login(tidgiver)
    assert "Du har ingen søknad ennå." in client.get("/min-side/").text


def test_minside_approved_tidgiver_sees_active(client, unit, role):
    application = make_application(unit, state=S.APPROVED, volunteer_role=role)
    Volunteer.objects.create(user=application.user, unit=unit, volunteer_role=role, status=VolunteerStatus.ACTIVE)
    client.force_login(application.user)
    text = client.get("/min-side/").text
    assert '<span class="status" data-testid="volunteer-status">Aktiv</span>' in text
    assert "Du er Tidgiver i Drammen." in text
    assert "/tidgiver/soknad/trekk/" not in text


def test_minside_withdraw_confirms_then_withdraws(applicant_client, application):
    page = applicant_client.get("/tidgiver/soknad/trekk/")
    assert "Vil du trekke søknaden din om å bli Tidgiver i Drammen?" in page.text
    application.refresh_from_db()
    assert application.state == S.RECEIVED

    response = applicant_client.post("/tidgiver/soknad/trekk/")

    assert response["Location"] == "/min-side/"
    application.refresh_from_db()
    assert application.state == S.WITHDRAWN
    event = application.events.get(kind=EventKind.TRANSITION)
    assert (event.actor, event.text) == (application.user, "Trukket av søkeren på Min side.")
    assert not application.user.memberships.filter(role=Role.APPLICANT).exists()
    text = applicant_client.get("/min-side/").text
    assert "Søknaden din er trukket. Du er velkommen til å søke igjen senere." in text
    assert applicant_client.post("/tidgiver/soknad/trekk/").status_code == 404


def test_minside_update_contact_details_normalises_and_logs(applicant_client, application):
    form = applicant_client.get("/tidgiver/soknad/kontaktinformasjon/")
    assert f'value="{application.phone}"' in form.text

    response = applicant_client.post(
        "/tidgiver/soknad/kontaktinformasjon/",
        {"phone": "0047 987 65 432", "postal_code": "0150", "postal_place": "Oslo"},
    )

    assert response["Location"] == "/min-side/"
    application.refresh_from_db()
    application.user.refresh_from_db()
    assert (application.phone, application.postal_code, application.postal_place) == ("+4798765432", "0150", "Oslo")
    assert application.user.phone == ""  # the account's number changes only by a code (test_contact_details.py)
    assert application.events.get(kind=EventKind.CONTACT_UPDATED).text == "mobilnummer, postnummer, poststed"


def test_minside_update_contact_details_error_in_norwegian_keeps_input(applicant_client, application):
    response = applicant_client.post(
        "/tidgiver/soknad/kontaktinformasjon/", {"phone": "123", "postal_code": "0150", "postal_place": "Oslo"}
    )
    assert response.status_code == 200
    assert "Skriv et gyldig mobilnummer" in response.text
    assert 'value="Oslo"' in response.text
    application.refresh_from_db()
    assert application.postal_place == "Drammen"


def test_minside_sign_declaration_stores_name_time_ip_and_version(applicant_client, application, declaration):
    page = applicant_client.get("/tidgiver/taushetserklaering/")
    assert "Jeg lover å bevare taushet om det jeg får vite." in page.text

    typed = f" siri   {application.last_name.upper()} "
    response = applicant_client.post(
        "/tidgiver/taushetserklaering/", {"accept": "on", "full_name": typed}, REMOTE_ADDR="192.0.2.7"
    )

    assert response["Location"] == "/min-side/"
    signature = ConfidentialitySignature.objects.get()
    assert (signature.user, signature.declaration, signature.full_name, signature.ip) == (
        application.user,
        declaration,
        f"siri {application.last_name.upper()}",
        "192.0.2.7",
    )
    assert application.events.get(kind=EventKind.CHECKLIST).text == "Taushetserklæring versjon 1 signert"
    assert "Du signerte taushetserklæringen (versjon 1)" in applicant_client.get("/min-side/").text


def test_minside_sign_declaration_requires_checkbox_and_full_name(applicant_client, application, declaration):
    response = applicant_client.post("/tidgiver/taushetserklaering/", {"full_name": "Siri"})
    assert "Kryss av for å vise at du har lest erklæringen." in response.text
    assert "Skriv fornavn og etternavn." in response.text
    assert not ConfidentialitySignature.objects.exists()


def test_minside_new_declaration_version_keeps_old_signature_and_asks_again(applicant_client, application, declaration):
    sign = {"accept": "on", "full_name": application.user.get_full_name()}
    applicant_client.post("/tidgiver/taushetserklaering/", sign)
    newer = ConfidentialityDeclaration.objects.create(text="Ny tekst.")

    assert newer.version == 2
    text = applicant_client.get("/min-side/").text
    assert 'href="/tidgiver/taushetserklaering/"' in text
    applicant_client.post("/tidgiver/taushetserklaering/", sign)
    assert sorted(ConfidentialitySignature.objects.values_list("declaration__version", flat=True)) == [1, 2]


def test_minside_declaration_step_sends_sign_message_once(unit, role, coordinator, declaration):
    from notifications.models import OutboundMessage

    application = make_application(unit, state=S.REFERENCES, volunteer_role=role)
    screening.transition(application, S.DECLARATIONS, actor=coordinator)
    screening.transition(application, S.READY, actor=coordinator)
    screening.transition(application, S.DECLARATIONS, actor=coordinator)
    sent = OutboundMessage.objects.filter(template_key="volunteers.sign_declaration")
    # Once: one e-mail to the account and one SMS to the number in the application (the account has none).
    assert sorted(sent.values_list("channel", "address")) == [
        ("email", application.email),
        ("sms", application.phone),
    ]
    assert "Neste steg er å lese og signere taushetserklæringen på Min side" in sent.get(channel="email").body


def test_minside_sign_declaration_with_another_persons_name_is_refused(applicant_client, application, declaration):
    response = applicant_client.post("/tidgiver/taushetserklaering/", {"accept": "on", "full_name": "Ola Nordmann"})

    assert response.status_code == 200
    assert f"Navnet må være det som står på kontoen din: {application.user.get_full_name()}." in response.text
    assert not ConfidentialitySignature.objects.exists()


def test_minside_sign_declaration_forgives_accents_case_and_spacing(applicant_client, application, declaration):
    application.user.first_name, application.user.last_name = "Åse", "Müller-Sørensen"
    application.user.save()

    applicant_client.post("/tidgiver/taushetserklaering/", {"accept": "on", "full_name": "  ase  MULLER-SØRENSEN"})

    assert ConfidentialitySignature.objects.get().full_name == "ase MULLER-SØRENSEN"
