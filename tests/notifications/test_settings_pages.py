import re

import pytest

from notifications.enums import ChannelChoice
from notifications.models import ContactPreference, OutboundMessage, PhoneStatus
from tests import factories
from tests.matrix import ROLES, outcome

pytestmark = pytest.mark.django_db

#                              anonymous applicant tidgiver coordinator other_coordinator superuser
MATRIX = {
    "/notifications/innstillinger/": ("login", "ok", "ok", "ok", "ok", "ok"),
    "/notifications/mobilnummer/": ("login", "ok", "ok", "ok", "ok", "ok"),
    "/notifications/mobilnummer/bekreft/": (
        "login",
        *["redirect:/notifications/mobilnummer/"] * 5,
    ),
}


@pytest.mark.parametrize("url", MATRIX)
def test_permission_matrix_notifications_pages(client_as, url):
    assert tuple(outcome(client_as(role).get(url)) for role in ROLES) == MATRIX[url]


@pytest.fixture
def tone_client(client, tidgiver):
    client.force_login(tidgiver)
    return client


def test_minside_shows_message_section(tone_client):
    page = tone_client.get("/min-side/")

    assert "Du har ikke gitt oss et mobilnummer." in page.text
    assert "Meldinger kommer på: <strong>SMS og e-post</strong>." in page.text
    assert 'href="/notifications/innstillinger/"' in page.text


def test_preferences_saves_choice(tone_client, tidgiver):
    response = tone_client.post("/notifications/innstillinger/", {"channels": "email"})

    assert (response.status_code, response["Location"]) == (302, "/min-side/")
    assert ContactPreference.objects.get(user=tidgiver).channels == ChannelChoice.EMAIL


def test_preferences_rejects_unknown_choice(tone_client, tidgiver):
    response = tone_client.post("/notifications/innstillinger/", {"channels": "pigeon"})

    assert response.status_code == 200
    assert not ContactPreference.objects.filter(user=tidgiver).exists()


def sent_code(twilio):
    return re.search(r"\b(\d{6})\b", twilio.sent[-1]["Body"]).group(1)


@pytest.fixture
def phone_client(tone_client, twilio, daytime, django_capture_on_commit_callbacks):
    def post(url, data):
        with django_capture_on_commit_callbacks(execute=True):
            return tone_client.post(url, data)

    tone_client.post_sms = post
    return tone_client


def test_change_phone_requires_password(phone_client, tidgiver, twilio):
    response = phone_client.post_sms("/notifications/mobilnummer/", {"phone": "412 34 567", "password": "wrong"})

    assert response.status_code == 200
    assert response.context["form"].errors["password"]
    assert twilio.requests == []


def test_change_phone_rejects_invalid_number(phone_client, twilio):
    response = phone_client.post_sms("/notifications/mobilnummer/", {"phone": "123", "password": factories.PASSWORD})

    assert response.context["form"].errors["phone"]


def test_change_phone_with_password_and_code_saves_verified_number(phone_client, tidgiver, twilio):
    PhoneStatus.objects.create(phone="+4741234567", invalid_code="21614")
    response = phone_client.post_sms(
        "/notifications/mobilnummer/", {"phone": "412 34 567", "password": factories.PASSWORD}
    )
    assert (response.status_code, response["Location"]) == (302, "/notifications/mobilnummer/bekreft/")
    assert twilio.sent[0]["To"] == "+4741234567"
    tidgiver.refresh_from_db()
    assert tidgiver.phone == ""  # nothing changes before the code is typed in

    response = phone_client.post_sms("/notifications/mobilnummer/bekreft/", {"code": sent_code(twilio)})

    assert (response.status_code, response["Location"]) == (302, "/min-side/")
    tidgiver.refresh_from_db()
    assert (tidgiver.phone, tidgiver.phone_verified) == ("+4741234567", True)
    assert PhoneStatus.objects.get(phone="+4741234567").invalid_code == ""  # cleared when the code was sent


def test_change_phone_wrong_code_three_times_starts_over(phone_client, tidgiver, twilio):
    phone_client.post_sms("/notifications/mobilnummer/", {"phone": "41234567", "password": factories.PASSWORD})
    wrong = "000000" if sent_code(twilio) != "000000" else "111111"

    first = phone_client.post_sms("/notifications/mobilnummer/bekreft/", {"code": wrong})
    phone_client.post_sms("/notifications/mobilnummer/bekreft/", {"code": wrong})
    third = phone_client.post_sms("/notifications/mobilnummer/bekreft/", {"code": wrong})

    assert first.status_code == 200
    assert (third.status_code, third["Location"]) == (302, "/notifications/mobilnummer/")
    tidgiver.refresh_from_db()
    assert tidgiver.phone == ""


def test_change_phone_takes_verification_from_previous_owner(phone_client, tidgiver, unit, twilio):
    previous = factories.make_member(unit, phone="+4741234567", phone_verified=True)
    phone_client.post_sms("/notifications/mobilnummer/", {"phone": "41234567", "password": factories.PASSWORD})

    phone_client.post_sms("/notifications/mobilnummer/bekreft/", {"code": sent_code(twilio)})

    previous.refresh_from_db()
    assert previous.phone_verified is False


def test_change_phone_code_requests_are_limited(phone_client, twilio):
    for _attempt in range(6):
        phone_client.post_sms("/notifications/mobilnummer/", {"phone": "41234567", "password": factories.PASSWORD})

    assert OutboundMessage.objects.filter(template_key="notifications.phone_code").count() == 5
