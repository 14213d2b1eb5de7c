import re

import pytest

from notifications.enums import ChannelChoice
from notifications.models import ContactPreference, OutboundMessage, PhoneStatus
from tests import factories

pytestmark = pytest.mark.django_db

REAUTH_URL = "/accounts/reauthenticate/"
CODE_REAUTH_URL = "/notifications/bekreft-at-det-er-deg/"
CHANGE_URL = "/notifications/mobilnummer/"


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
    response = tone_client.post("/notifications/innstillinger/", {"channels": "email", "language": "en"})

    assert (response.status_code, response["Location"]) == (302, "/min-side/")
    preference = ContactPreference.objects.get(user=tidgiver)
    assert (preference.channels, preference.language) == (ChannelChoice.EMAIL, "en")
    assert "Språk: English." in tone_client.get("/min-side/").text


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


@pytest.fixture
def confirmed_client(phone_client):
    """A Tidgiver with a password who has just re-entered it on allauth's page."""
    response = phone_client.post(f"{REAUTH_URL}?next={CHANGE_URL}", {"password": factories.PASSWORD})
    assert (response.status_code, response["Location"]) == (302, CHANGE_URL)
    return phone_client


def test_change_phone_asks_for_password_first(phone_client, twilio):
    response = phone_client.post_sms(CHANGE_URL, {"phone": "412 34 567"})

    assert (response.status_code, response["Location"]) == (302, f"{REAUTH_URL}?next=%2Fnotifications%2Fmobilnummer%2F")
    assert twilio.requests == []


def test_change_phone_wrong_password_is_refused(phone_client, twilio):
    response = phone_client.post(f"{REAUTH_URL}?next={CHANGE_URL}", {"password": "wrong"})

    assert response.status_code == 200
    assert response.context["form"].errors["password"]
    assert phone_client.get(CHANGE_URL)["Location"].startswith(REAUTH_URL)


def test_change_phone_password_guesses_are_rate_limited(phone_client, settings):
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "reauthenticate": "3/m/user"}
    answers = [phone_client.post(REAUTH_URL, {"password": "wrong"}).status_code for _guess in range(4)]

    assert answers == [200, 200, 200, 429]


def test_change_phone_suspended_post_resumes_after_password(phone_client, twilio):
    phone_client.post_sms(CHANGE_URL, {"phone": "412 34 567"})

    response = phone_client.post_sms(f"{REAUTH_URL}?next={CHANGE_URL}", {"password": factories.PASSWORD})

    assert (response.status_code, response["Location"]) == (302, "/notifications/mobilnummer/bekreft/")
    assert twilio.sent[0]["To"] == "+4741234567"


def test_change_phone_rejects_invalid_number(confirmed_client, twilio):
    response = confirmed_client.post_sms(CHANGE_URL, {"phone": "123"})

    assert response.context["form"].errors["phone"]


def test_change_phone_with_password_and_code_saves_verified_number(confirmed_client, tidgiver, twilio):
    PhoneStatus.objects.create(phone="+4741234567", invalid_code="21614")
    response = confirmed_client.post_sms(CHANGE_URL, {"phone": "412 34 567"})
    assert (response.status_code, response["Location"]) == (302, "/notifications/mobilnummer/bekreft/")
    assert twilio.sent[0]["To"] == "+4741234567"
    tidgiver.refresh_from_db()
    assert tidgiver.phone == ""  # nothing changes before the code is typed in

    response = confirmed_client.post_sms("/notifications/mobilnummer/bekreft/", {"code": sent_code(twilio)})

    assert (response.status_code, response["Location"]) == (302, "/min-side/")
    tidgiver.refresh_from_db()
    assert (tidgiver.phone, tidgiver.phone_verified) == ("+4741234567", True)
    assert PhoneStatus.objects.get(phone="+4741234567").invalid_code == ""  # cleared when the code was sent


def test_change_phone_wrong_code_three_times_starts_over(confirmed_client, tidgiver, twilio):
    confirmed_client.post_sms(CHANGE_URL, {"phone": "41234567"})
    wrong = "000000" if sent_code(twilio) != "000000" else "111111"

    first = confirmed_client.post_sms("/notifications/mobilnummer/bekreft/", {"code": wrong})
    confirmed_client.post_sms("/notifications/mobilnummer/bekreft/", {"code": wrong})
    third = confirmed_client.post_sms("/notifications/mobilnummer/bekreft/", {"code": wrong})

    assert first.status_code == 200
    assert (third.status_code, third["Location"]) == (302, CHANGE_URL)
    tidgiver.refresh_from_db()
    assert tidgiver.phone == ""


def test_change_phone_takes_verification_from_previous_owner(confirmed_client, tidgiver, unit, twilio):
    previous = factories.make_member(unit, phone="+4741234567", phone_verified=True)
    confirmed_client.post_sms(CHANGE_URL, {"phone": "41234567"})

    confirmed_client.post_sms("/notifications/mobilnummer/bekreft/", {"code": sent_code(twilio)})

    previous.refresh_from_db()
    assert previous.phone_verified is False


def test_change_phone_code_requests_are_limited(confirmed_client, twilio):
    for _attempt in range(6):
        confirmed_client.post_sms(CHANGE_URL, {"phone": "41234567"})

    assert OutboundMessage.objects.filter(template_key="notifications.phone_code").count() == 5
