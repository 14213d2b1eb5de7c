import re

import pytest
from django.test import Client

from notifications.enums import Status
from notifications.models import OutboundMessage
from tests import factories

pytestmark = pytest.mark.django_db

REQUEST_URL = "/accounts/login/code/"
CONFIRM_URL = "/accounts/login/code/confirm/"
TOO_MANY = "For mange forsøk som ikke gikk. Vent litt, og prøv igjen."


@pytest.fixture
def tone(tidgiver):
    tidgiver.phone = "+4741234567"
    tidgiver.phone_verified = True
    tidgiver.save()
    return tidgiver


@pytest.fixture
def sms_client(twilio, daytime, django_capture_on_commit_callbacks):
    """A client whose requests run the outbox's on-commit tasks, like the real site."""
    client = Client()

    def post(url, data, **extra):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(url, data, **extra)

    client.post_sms = post
    return client


def code_in(twilio):
    return re.search(r"\b(\d{6})\b", twilio.sent[-1]["Body"]).group(1)


def test_sms_login_with_norwegian_number_sends_urgent_code_and_logs_in(tone, sms_client, twilio):
    response = sms_client.post_sms(REQUEST_URL, {"phone": "412 34 567"})

    assert (response.status_code, response["Location"]) == (302, CONFIRM_URL)
    [row] = OutboundMessage.objects.all()
    assert (row.user, row.template_key, row.urgent, row.status, row.address) == (
        tone,
        "notifications.login_code",
        True,
        Status.SENT,
        "+4741234567",
    )
    assert twilio.sent[0]["Body"].startswith("Koden din for å logge inn hos Blå Kors steg for steg er ")

    response = sms_client.post_sms(CONFIRM_URL, {"code": code_in(twilio)})

    assert response.status_code == 302
    assert sms_client.get("/min-side/").status_code == 200


def test_sms_login_known_and_unknown_number_get_the_same_answer(tone, sms_client, twilio):
    known = sms_client.post_sms(REQUEST_URL, {"phone": "+47 412 34 567"})
    known_page = sms_client.get(known["Location"])
    other = Client()
    unknown = other.post(REQUEST_URL, {"phone": "+47 900 00 000"})
    unknown_page = other.get(unknown["Location"])

    assert (known.status_code, known["Location"]) == (unknown.status_code, unknown["Location"])
    assert known_page.status_code == unknown_page.status_code == 200
    strip = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"|\+47\s?\d[\d ]+')
    assert strip.sub("", known_page.text) == strip.sub("", unknown_page.text)
    assert len(twilio.sent) == 1  # no SMS to a number without an account


def test_sms_login_unverified_number_gets_no_code(tidgiver, sms_client, twilio):
    tidgiver.phone = "+4741234567"
    tidgiver.save()

    response = sms_client.post_sms(REQUEST_URL, {"phone": "41234567"})

    assert (response.status_code, response["Location"]) == (302, CONFIRM_URL)
    assert twilio.sent == []


def test_sms_login_code_works_once(tone, sms_client, twilio):
    sms_client.post_sms(REQUEST_URL, {"phone": "41234567"})
    code = code_in(twilio)
    sms_client.post_sms(CONFIRM_URL, {"code": code})
    sms_client.post("/accounts/logout/")

    again = sms_client.post_sms(CONFIRM_URL, {"code": code})

    assert again.status_code == 302
    assert again["Location"].startswith("/accounts/login/")
    assert sms_client.get("/min-side/")["Location"].startswith("/accounts/login/")


def test_sms_login_wrong_codes_end_the_attempt(tone, sms_client, twilio):
    sms_client.post_sms(REQUEST_URL, {"phone": "41234567"})
    code = code_in(twilio)
    for _attempt in range(3):
        sms_client.post_sms(CONFIRM_URL, {"code": "000000" if code != "000000" else "111111"})

    response = sms_client.post_sms(CONFIRM_URL, {"code": code})

    assert (response.status_code, response["Location"]) == (302, REQUEST_URL)  # start again
    assert sms_client.get("/min-side/").status_code == 302


def test_sms_login_rate_limited_per_number(tone, sms_client, twilio):
    for _attempt in range(3):
        Client().post(REQUEST_URL, {"phone": "41234567"}, REMOTE_ADDR=f"10.0.0.{_attempt}")

    blocked = Client().post(REQUEST_URL, {"phone": "41234567"}, REMOTE_ADDR="10.0.0.9")

    assert blocked.status_code == 200
    assert TOO_MANY in blocked.text
    assert OutboundMessage.objects.count() == 3


def test_sms_login_rate_limited_per_ip(db, sms_client, twilio):
    numbers = [f"+47412345{n:02d}" for n in range(11)]
    for number in numbers[:10]:
        Client().post(REQUEST_URL, {"phone": number}, REMOTE_ADDR="10.1.1.1")

    blocked = Client().post(REQUEST_URL, {"phone": numbers[10]}, REMOTE_ADDR="10.1.1.1")
    elsewhere = Client().post(REQUEST_URL, {"phone": numbers[10]}, REMOTE_ADDR="10.1.1.2")

    assert (blocked.status_code, TOO_MANY in blocked.text) == (200, True)
    assert (elsewhere.status_code, elsewhere["Location"]) == (302, CONFIRM_URL)


def test_sms_login_code_skips_quiet_hours_and_stopp(tone, sms_client, twilio, daytime):
    import datetime

    from notifications.models import PhoneStatus

    daytime[0] = datetime.datetime(2026, 3, 10, 23, 0, tzinfo=datetime.UTC)
    PhoneStatus.objects.create(phone="+4741234567", opted_out=True)

    sms_client.post_sms(REQUEST_URL, {"phone": "41234567"})

    assert OutboundMessage.objects.get().status == Status.SENT


def test_password_login_still_works_by_email(tone, client):
    response = client.post("/accounts/login/", {"login": tone.email, "password": factories.PASSWORD})

    assert response.status_code == 302


def security_records(caplog):
    return [record for record in caplog.records if record.name == "portal.security"]


def test_sms_login_security_log_has_no_code_or_number(tone, sms_client, twilio, caplog):
    caplog.set_level("INFO", logger="portal.security")
    sms_client.post_sms(REQUEST_URL, {"phone": "41234567"}, REMOTE_ADDR="192.0.2.5")
    code = code_in(twilio)
    sms_client.post_sms(CONFIRM_URL, {"code": "000000" if code != "000000" else "111111"}, REMOTE_ADDR="192.0.2.5")
    sms_client.post_sms(CONFIRM_URL, {"code": code}, REMOTE_ADDR="192.0.2.5")

    events = [(r.security["event"], r.security["user_id"], r.security["ip"]) for r in security_records(caplog)]
    assert events == [("login_failed", None, "192.0.2.5"), ("login_succeeded", tone.pk, "192.0.2.5")]
    assert security_records(caplog)[1].security["methods"] == "code"
    text = " ".join(record.getMessage() for record in security_records(caplog))
    assert code not in text
    assert "41234567" not in text


def test_sms_login_request_rate_limit_is_a_lockout_event(tone, sms_client, twilio, caplog):
    for _attempt in range(3):
        Client().post(REQUEST_URL, {"phone": "41234567"}, REMOTE_ADDR=f"10.0.0.{_attempt}")
    caplog.clear()

    Client().post(REQUEST_URL, {"phone": "41234567"}, REMOTE_ADDR="10.0.0.9")

    [record] = security_records(caplog)
    assert (record.security["event"], record.security["ip"], record.security["method"]) == (
        "login_locked_out",
        "10.0.0.9",
        "code",
    )
    assert "41234567" not in record.getMessage()
