import datetime
import logging

import pytest

from notifications.transports import sms
from tests.notifications.fake_twilio import ACCOUNT_SID, AUTH_TOKEN, FakeTwilioHttpClient

DAYTIME = datetime.datetime(2026, 3, 10, 12, 0, tzinfo=datetime.UTC)


@pytest.fixture
def twilio(settings):
    """Twilio configured, with the SDK's HTTP transport replaced by a recording fake."""
    settings.TWILIO_ACCOUNT_SID = ACCOUNT_SID
    settings.TWILIO_AUTH_TOKEN = AUTH_TOKEN
    settings.TWILIO_FROM = "+4759440000"
    settings.TWILIO_MESSAGING_SERVICE_SID = ""
    settings.PUBLIC_BASE_URL = "https://tidgiver.example.org"
    fake = FakeTwilioHttpClient()
    sms.use_http_client(fake)
    yield fake
    sms.use_http_client(None)


@pytest.fixture
def tone(tidgiver):
    """The Tidgiver with a mobile number (not verified for log-in; tests that need that set it)."""
    tidgiver.phone = "+4741234567"
    tidgiver.save()
    return tidgiver


@pytest.fixture
def daytime(monkeypatch):
    """Noon in Oslo, so quiet hours do not hold SMS back (tests that need the night set their own time)."""
    from django.utils import timezone

    moment = [DAYTIME]
    monkeypatch.setattr(timezone, "now", lambda: moment[0])
    return moment


class _Collect(logging.Handler):
    def __init__(self):
        super().__init__(level=logging.DEBUG)
        self.messages = []

    def emit(self, record):
        self.messages.append(record.getMessage())

    @property
    def text(self):
        return "\n".join(self.messages)


@pytest.fixture
def app_log():
    """Every log message written while the test runs (the suite runs with -p no:logging, so no caplog)."""
    handler = _Collect()
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    yield handler
    root.removeHandler(handler)
    root.setLevel(old_level)
