"""Security events: structured lines on portal.security, with who, when and where, and no secrets."""

import logging
import re

import pytest
from django.test import RequestFactory
from django.urls import reverse

from portal.security import security_event
from tests.factories import PASSWORD
from tests.mfa import activate_totp, current_code

pytestmark = pytest.mark.django_db

LINE = re.compile(r"^event=(\S+) time=\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ user_id=(\S+) ip=(\S+)(.*)$")


def security_lines(caplog):
    return [record.getMessage() for record in caplog.records if record.name == "portal.security"]


def fields(line):
    event, user_id, ip, rest = LINE.match(line).groups()
    return {"event": event, "user_id": user_id, "ip": ip, "rest": rest.strip()}


def test_security_event_line_has_user_utc_time_and_client_address(caplog, tidgiver):
    caplog.set_level(logging.INFO, logger="portal.security")
    request = RequestFactory().get("/", REMOTE_ADDR="192.0.2.4")

    security_event("export", request, user=tidgiver, rows=12, view="people list")

    assert [fields(line) for line in security_lines(caplog)] == [
        {"event": "export", "user_id": str(tidgiver.pk), "ip": "192.0.2.4", "rest": 'rows=12 view="people list"'}
    ]
    assert caplog.records[-1].security["user_id"] == tidgiver.pk


def test_security_event_drops_codes_phone_numbers_and_bodies(caplog):
    caplog.set_level(logging.INFO, logger="portal.security")

    security_event("sms", code="123456", phone="+4741234567", body="Hei", login_code="654321", reason="x")

    assert security_lines(caplog) == [security_lines(caplog)[0]]
    assert fields(security_lines(caplog)[0]) == {"event": "sms", "user_id": "-", "ip": "-", "rest": "reason=x"}


def test_security_event_client_address_behind_trusted_proxy(caplog, settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    caplog.set_level(logging.INFO, logger="portal.security")
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.7")

    security_event("export", request)

    assert fields(security_lines(caplog)[0])["ip"] == "203.0.113.7"


def log_in(client, email, password=PASSWORD):
    return client.post("/accounts/login/", {"login": email, "password": password}, REMOTE_ADDR="192.0.2.9")


def events(caplog):
    return [
        (record.security["event"], record.security["user_id"], record.security["ip"])
        for record in caplog.records
        if record.name == "portal.security"
    ]


def test_security_log_password_login_success_and_failures(client, caplog, tidgiver):
    caplog.set_level(logging.INFO, logger="portal.security")

    log_in(client, tidgiver.email, "wrong-password")
    log_in(client, "nobody@example.org", "wrong-password")
    log_in(client, tidgiver.email)

    assert events(caplog) == [
        ("login_failed", tidgiver.pk, "192.0.2.9"),
        ("login_failed", None, "192.0.2.9"),
        ("login_succeeded", tidgiver.pk, "192.0.2.9"),
    ]
    text = "\n".join(security_lines(caplog))
    assert "wrong-password" not in text
    assert tidgiver.email not in text
    assert "nobody@" not in text


def test_security_log_lockout_after_failed_logins(client, caplog, tidgiver):
    for _attempt in range(5):
        log_in(client, tidgiver.email, "wrong-password")
    caplog.clear()

    log_in(client, tidgiver.email)

    assert events(caplog) == [("login_locked_out", tidgiver.pk, "192.0.2.9")]


def test_security_log_staff_login_records_password_and_mfa(client, caplog, coordinator):
    secret = activate_totp(coordinator)
    caplog.set_level(logging.INFO, logger="portal.security")

    log_in(client, coordinator.email)
    client.post(reverse("mfa_authenticate"), {"code": "000000"}, REMOTE_ADDR="192.0.2.9")
    code = current_code(secret)
    client.post(reverse("mfa_authenticate"), {"code": code}, REMOTE_ADDR="192.0.2.9")

    assert events(caplog) == [
        ("mfa_failed", coordinator.pk, "192.0.2.9"),
        ("login_succeeded", coordinator.pk, "192.0.2.9"),
    ]
    assert caplog.records[-1].security["methods"] == "password,mfa"
    assert code not in "\n".join(security_lines(caplog))


@pytest.mark.django_db(transaction=True)
def test_security_log_mfa_setup_and_removal(client, caplog):
    from tests import factories

    user = factories.make_user(email="kari@example.org")
    log_in(client, user.email)
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    client.get(reverse("mfa_activate_totp"))
    caplog.clear()

    client.post(reverse("mfa_activate_totp"), {"code": current_code(client.session["mfa.totp.secret"])})
    client.post(reverse("mfa_deactivate_totp"))

    assert [
        (record.security["event"], record.security["type"])
        for record in caplog.records
        if record.name == "portal.security" and record.security["event"].startswith("mfa_")
    ] == [
        ("mfa_added", "totp"),
        ("mfa_added", "recovery_codes"),
        ("mfa_removed", "totp"),
        ("mfa_removed", "recovery_codes"),
    ]
