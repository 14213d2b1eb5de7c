"""The public application form on its Wagtail page: saving, receipts, errors, spam and abuse."""

import datetime
from unittest import mock

import pytest
from django.db import DatabaseError
from django.utils import timezone
from twilio.http.http_client import TwilioHttpClient

from notifications import tasks
from notifications.models import OutboundMessage
from notifications.transports import sms
from portal.org.enums import Role
from tests.notifications.fake_twilio import FakeTwilioHttpClient
from volunteers.enums import ApplicationState, EventKind
from volunteers.models import Application

from .conftest import form_data

pytestmark = pytest.mark.django_db


def test_application_form_get_shows_fields_in_norwegian_without_unit_choice_on_unit_page(client, form_page):
    response = client.get(form_page.url)
    assert response.status_code == 200
    assert '<label for="id_phone">Mobilnummer</label>' in response.text
    assert 'type="tel"' in response.text
    assert 'name="unit"' not in response.text
    assert "Vi lagrer søknaden din i seks måneder etter avslag." in response.text


def test_application_form_post_saves_application_account_membership_and_receipts(client, form_page, unit):
    response = client.post(form_page.url, form_data())

    assert response.status_code == 302
    assert response["Location"] == form_page.url + "kvittering/"
    application = Application.objects.get()
    assert (application.unit, application.state, application.phone) == (unit, ApplicationState.RECEIVED, "+4741234567")
    assert (application.interests, application.available_days, application.available_times) == (
        ["culture", "sport_outdoor"],
        ["mon", "thu"],
        ["evening"],
    )
    assert application.lived_experience is None
    assert application.privacy_notice_version == "2026-2"
    assert application.consented_at is not None
    user = application.user
    # The number typed into the form is on the application only: an unproved number is never the account's.
    assert (user.email, user.first_name, user.phone, user.phone_verified, user.has_usable_password()) == (
        "siri.hansen@example.org",
        "Siri",
        "",
        False,
        False,
    )
    assert user.memberships.get().role == Role.APPLICANT
    assert [event.kind for event in application.events.all()] == [EventKind.SUBMITTED]
    receipts = OutboundMessage.objects.filter(template_key="volunteers.application_received")
    assert sorted(receipts.values_list("channel", "address")) == [
        ("email", "siri.hansen@example.org"),
        ("sms", "+4741234567"),
    ]
    assert "/accounts/password/reset/key/" in receipts.get(channel="email").body


def test_application_form_receipt_page_thanks_the_applicant(client, form_page):
    client.post(form_page.url, form_data())
    response = client.get(form_page.url + "kvittering/")
    assert "<h1>Takk for søknaden din!</h1>" in response.text
    assert (
        "Vi har sendt en bekreftelse på e-post og SMS. I e-posten er det en lenke til Min side, der du kan følge "
        "søknaden din." in response.text
    )
    assert "En koordinator tar kontakt innen en uke for å snakke om hva du vil gjøre." in response.text


def test_application_form_receipt_without_submission_is_404(client, form_page):
    assert client.get(form_page.url + "kvittering/").status_code == 404


def test_application_form_errors_next_to_fields_in_norwegian_and_input_kept(client, form_page):
    response = client.post(form_page.url, form_data(phone="12", postal_code="30", consent=None))

    assert response.status_code == 400
    text = response.text
    assert text.index("Skriv et gyldig mobilnummer") > text.index('<label for="id_phone">')
    assert text.index("Skriv et gyldig mobilnummer") < text.index('id="id_phone"')
    assert "Skriv fire sifre, for eksempel 3015." in text
    assert "Du må godta personvernerklæringen" in text
    assert 'value="Fotball og matlaging"' not in text  # a textarea keeps its text as content
    assert "Fotball og matlaging</textarea>" in text
    assert 'value="siri.hansen@example.org"' in text
    assert 'value="culture" id="id_interests_0" checked' in text
    assert not Application.objects.exists()


def test_application_form_text_size_limit(client, form_page):
    response = client.post(form_page.url, form_data(motivation="x" * 2001))
    assert response.status_code == 400
    assert "Sørg for at denne verdien har 2000 eller færre tegn (den har nå 2001)." in response.text
    assert not Application.objects.exists()


def test_application_form_honeypot_filled_stores_nothing_but_looks_fine(client, form_page):
    response = client.post(form_page.url, form_data(website="http://spam.example"))
    assert response.status_code == 302
    assert not Application.objects.exists()
    assert not OutboundMessage.objects.exists()


def test_application_form_rate_limit_per_ip_gives_429_in_norwegian_and_keeps_input(client, form_page, settings):
    settings.APPLICATION_RATE_LIMIT = (2, 3600)
    for number in range(2):
        client.post(form_page.url, form_data(email=f"p{number}@example.org", phone=f"4123456{number}"))

    response = client.post(form_page.url, form_data(email="p9@example.org", phone="41234569"), REMOTE_ADDR="127.0.0.1")

    assert response.status_code == 429
    assert "Du har sendt skjemaet mange ganger på kort tid." in response.text
    assert 'value="p9@example.org"' in response.text
    assert Application.objects.count() == 2
    other_ip = client.post(form_page.url, form_data(email="p9@example.org", phone="41234569"), REMOTE_ADDR="10.0.0.9")
    assert other_ip.status_code == 302


def test_application_form_database_failure_keeps_input_and_says_so(client, form_page, monkeypatch):
    def broken_submit(data, ip=None):
        raise DatabaseError("connection lost")

    monkeypatch.setattr("volunteers.views_apply.applications.submit", broken_submit)
    response = client.post(form_page.url, form_data())
    assert response.status_code == 503
    assert "Noe gikk galt hos oss, og søknaden ble ikke lagret." in response.text
    assert 'value="siri.hansen@example.org"' in response.text


class TwilioDown(TwilioHttpClient):
    def request(self, *args, **kwargs):
        raise ConnectionError("Twilio is down")


@pytest.fixture
def twilio_down(settings):
    settings.TWILIO_ACCOUNT_SID, settings.TWILIO_AUTH_TOKEN, settings.TWILIO_FROM = "AC1", "token", "+4759440000"
    sms.use_http_client(TwilioDown())
    yield
    sms.use_http_client(None)


def test_application_form_sms_failure_does_not_lose_application(
    client, form_page, twilio_down, django_capture_on_commit_callbacks
):
    # Noon today in Oslo: in quiet hours (21-08) the receipt SMS would wait for the morning, untried.
    noon = timezone.localtime().replace(hour=12, minute=0)
    with mock.patch("django.utils.timezone.now", return_value=noon), django_capture_on_commit_callbacks(execute=True):
        response = client.post(form_page.url, form_data())

    assert response.status_code == 302
    application = Application.objects.get()
    sms_row = OutboundMessage.objects.get(template_key="volunteers.application_received", channel="sms")
    assert (sms_row.address, sms_row.user, sms_row.status, sms_row.error_code) == (
        "+4741234567",
        application.user,
        "queued",
        "network",
    )

    recovered = FakeTwilioHttpClient()
    sms.use_http_client(recovered)  # Twilio is back
    later = noon + datetime.timedelta(minutes=10)
    with mock.patch("django.utils.timezone.now", return_value=later):
        tasks.dispatch_due()
    sms_row.refresh_from_db()
    assert (sms_row.status, sms_row.attempts) == ("sent", 2)
    assert [request["To"] for request in recovered.sent] == ["+4741234567"]


def test_application_form_lived_experience_is_optional_and_stored_when_given(client, form_page):
    client.post(form_page.url, form_data(lived_experience="yes"))
    assert Application.objects.get().lived_experience is True


def test_application_form_unit_choice_on_general_page(client, home_page, unit, other_unit):
    from .pages import make_recruitment_pages

    _recruitment, general = make_recruitment_pages(home_page, unit=None, slug="bli-med")
    page = client.get(general.url)
    assert 'name="unit"' in page.text
    response = client.post(general.url, form_data(unit=other_unit.pk))
    assert response.status_code == 302
    assert Application.objects.get().unit == other_unit


def test_application_form_receipt_with_password_link_is_secret_and_wiped_once_sent(
    client, form_page, django_capture_on_commit_callbacks
):
    from django.core import mail

    from notifications.enums import REDACTED_BODY

    with django_capture_on_commit_callbacks(execute=True):
        client.post(form_page.url, form_data())

    row = OutboundMessage.objects.get(template_key="volunteers.application_received", channel="email")
    assert (row.secret, row.status, row.body, row.html_body) == (True, "sent", REDACTED_BODY, "")
    assert "/accounts/password/reset/key/" in mail.outbox[0].body
