"""Security events: structured lines on portal.security, with who, when and where, and no secrets."""

import logging
import re

import pytest
from django.test import RequestFactory

from portal.security import security_event

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
