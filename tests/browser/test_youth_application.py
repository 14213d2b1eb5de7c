"""A young applicant applies on the public site, the guardian confirms by link, and screening starts."""

import datetime
import re

import pytest
from playwright.sync_api import expect

from notifications.models import OutboundMessage
from tests.browser.delivered import link_in_email, link_in_sms
from tests.factories import PASSWORD
from tests.volunteers.pages import make_recruitment_pages
from volunteers.enums import ApplicationState, EventKind
from volunteers.models import Application

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_youth_applies_guardian_confirms_and_screening_starts(page, home_page, unit, twilio):
    unit.youth_minimum_age = 13
    unit.save()
    _recruitment, _form_page = make_recruitment_pages(home_page, unit)
    fifteen = datetime.date.today().replace(year=datetime.date.today().year - 15) - datetime.timedelta(days=30)

    page.goto("/bli-tidgiver/")
    page.get_by_role("link", name="Søk nå").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Søk om å bli Tidgiver")
    page.get_by_label("Fornavn").fill("Ida")
    page.get_by_label("Etternavn").fill("Berg")
    page.get_by_label("Mobilnummer", exact=True).fill("412 34 567")
    page.get_by_label("E-post", exact=True).fill("ida.berg@example.org")
    page.get_by_label("Postnummer").fill("3015")
    page.get_by_label("Poststed").fill("Drammen")
    page.get_by_label("Fødselsdato").fill(fifteen.isoformat())
    page.get_by_label("Kultur").check()
    page.get_by_label("Sport og friluftsliv").check()
    page.get_by_label("Helg").check()
    page.get_by_label("Jeg har lest personvernerklæringen og godtar at dere lagrer søknaden min.").check()
    page.get_by_role("button", name="Send søknad").click()

    # Under 18 without a guardian: the error is next to the field, and nothing typed is lost.
    expect(page.get_by_text("Fordi du er under 18 år, skriv navnet til en forelder eller foresatt.")).to_be_visible()
    expect(page.get_by_label("Fornavn")).to_have_value("Ida")
    expect(page.get_by_label("Kultur")).to_be_checked()
    assert not Application.objects.exists()
    page.get_by_label("Foresattes navn").fill("Gro Berg")
    page.get_by_label("Foresattes mobilnummer").fill("+47 900 11 222")
    page.get_by_label("Jeg har lest personvernerklæringen og godtar at dere lagrer søknaden min.").check()
    page.get_by_role("button", name="Send søknad").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Takk for søknaden din!")
    expect(page.get_by_text("Fordi du er under 18 år, har vi sendt en lenke til Gro Berg.")).to_be_visible()
    application = Application.objects.get()
    assert (application.state, application.phone, application.guardian_phone) == (
        ApplicationState.AWAITING_GUARDIAN,
        "+4741234567",
        "+4790011222",
    )

    # The guardian opens the link from the SMS: reading the page alone confirms nothing.
    page.goto(link_in_sms(twilio, "+4790011222"))
    expect(page.get_by_text("Ida har søkt om å bli Tidgiver i Blå Kors steg for steg i Drammen.")).to_be_visible()
    application.refresh_from_db()
    assert application.state == ApplicationState.AWAITING_GUARDIAN
    page.get_by_role("button", name="Jeg bekrefter som foresatt").click()
    expect(page.get_by_text("Takk! Søknaden til Ida går nå videre til en koordinator")).to_be_visible()

    application.refresh_from_db()
    assert application.state == ApplicationState.RECEIVED
    assert application.guardian_confirmed_at is not None
    assert list(application.events.values_list("kind", flat=True)) == [
        EventKind.SUBMITTED,
        EventKind.GUARDIAN,
        EventKind.TRANSITION,
    ]

    # The applicant chooses a first password from the receipt e-mail: one calm flow, ending on Min side.
    page.goto(link_in_email("ida.berg@example.org", "Takk for søknaden din"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Lag et passord")
    page.get_by_placeholder("Nytt passord", exact=True).fill(PASSWORD)
    page.get_by_placeholder("Nytt passord (igjen)").fill(PASSWORD)
    page.get_by_role("button", name="Lagre passordet og logg inn").click()
    expect(page).to_have_url(re.compile(r"/min-side/$"))
    expect(page.get_by_text("Passordet ditt er lagret, og du er logget inn. Velkommen!")).to_be_visible()
    expect(page.get_by_test_id("application-status")).to_have_text("Mottatt")
    assert not OutboundMessage.objects.filter(template_key="account.password_reset").exists()  # no security alarm


def test_guardian_says_no_and_the_young_applicant_is_told_kindly(page, home_page, unit, twilio):
    from django.test import Client

    from tests.volunteers.conftest import form_data
    from volunteers.domain.applications import guardian_link

    unit.youth_minimum_age = 13
    unit.save()
    _recruitment, form_page = make_recruitment_pages(home_page, unit)
    fourteen = datetime.date.today().replace(year=datetime.date.today().year - 14) - datetime.timedelta(days=30)
    guardian = {"guardian_name": "Gro Berg", "guardian_phone": "900 11 222", "guardian_email": "gro@example.org"}
    Client().post(form_page.url, form_data(first_name="Ida", date_of_birth=fourteen.isoformat(), **guardian))
    application = Application.objects.get()

    page.goto("/" + guardian_link(application).split("://", 1)[1].split("/", 1)[1])
    page.get_by_role("button", name="Jeg samtykker ikke").click()

    expect(page.get_by_text("Takk for svaret. Søknaden er avsluttet, og vi har gitt beskjed til Ida")).to_be_visible()
    application.refresh_from_db()
    assert application.state == ApplicationState.WITHDRAWN
    told = OutboundMessage.objects.filter(template_key="volunteers.guardian_declined", address="+4741234567")
    assert told.count() == 1
