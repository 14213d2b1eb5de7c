"""Finding 5: a number typed into the application form never becomes an account's number and never routes an
incoming SMS to a person. Messages about the application still reach the number given in it."""

import pytest

from notifications.api import mark_phone_verified
from notifications.domain.inbound import store
from notifications.models import OutboundMessage
from tests import factories
from volunteers.models import Application

from .conftest import form_data

pytestmark = pytest.mark.django_db
STRANGERS_NUMBER = "+4799988777"


def test_application_form_gives_an_account_without_number_none(client, form_page, tidgiver):
    assert tidgiver.phone == ""

    client.post(form_page.url, form_data(email=tidgiver.email, phone="999 88 777"))

    tidgiver.refresh_from_db()
    assert (tidgiver.phone, tidgiver.phone_verified) == ("", False)
    assert store("SM1001", STRANGERS_NUMBER, "Hei").user is None


def test_application_form_new_account_gets_no_number_and_routes_no_sms(client, form_page):
    client.post(form_page.url, form_data())

    application = Application.objects.get()
    assert (application.phone, application.user.phone, application.user.phone_verified) == ("+4741234567", "", False)
    assert store("SM1002", "+4741234567", "Hei").user is None


def test_application_receipt_sms_goes_to_the_number_in_the_application_for_the_account(client, form_page):
    client.post(form_page.url, form_data())

    application = Application.objects.get()
    sms = OutboundMessage.objects.get(channel="sms")
    assert (sms.address, sms.user, sms.template_key) == (
        "+4741234567",
        application.user,
        "volunteers.application_received",
    )
    assert sms.body.startswith("Hei Siri!")


def test_application_receipt_sms_goes_to_the_proved_number_of_the_account(client, form_page, unit):
    person = factories.make_member(unit, email="siri.hansen@example.org", first_name="Siri")
    mark_phone_verified(person, "+4790011222")

    client.post(form_page.url, form_data(phone="412 34 567"))

    person.refresh_from_db()
    assert (person.phone, person.phone_verified) == ("+4790011222", True)
    assert list(OutboundMessage.objects.filter(channel="sms").values_list("address", flat=True)) == ["+4790011222"]


def test_application_receipt_sms_to_a_strangers_number_names_only_what_was_typed(client, form_page, tidgiver):
    client.post(form_page.url, form_data(email=tidgiver.email, first_name="Mallory", phone="999 88 777"))

    sms = OutboundMessage.objects.get(channel="sms")
    assert (sms.address, sms.recipient_name) == (STRANGERS_NUMBER, "Mallory Hansen")
    assert sms.body.startswith("Hei Mallory!")
    assert "Tone" not in sms.body


def test_minside_asks_an_applicant_to_confirm_the_number_from_the_form(client, form_page):
    client.post(form_page.url, form_data())
    user = Application.objects.get().user
    client.force_login(user)

    response = client.get("/min-side/")

    assert "Vi sender SMS om søknaden din til +4741234567. Bekreft nummeret med en kode" in response.text
    assert 'href="/notifications/mobilnummer/"' in response.text

    mark_phone_verified(user, "+4741234567")
    assert 'data-testid="confirm-phone"' not in client.get("/min-side/").text
