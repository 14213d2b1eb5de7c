import datetime

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
def daytime(monkeypatch):
    """Noon in Oslo, so quiet hours do not hold SMS back (tests that need the night set their own time)."""
    from django.utils import timezone

    moment = [DAYTIME]
    monkeypatch.setattr(timezone, "now", lambda: moment[0])
    return moment
