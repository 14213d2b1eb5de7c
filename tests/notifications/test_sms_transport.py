"""The console transport is a choice, never a silent fallback; the deploy check refuses missing Twilio settings."""

import pytest

from notifications import tasks
from notifications.api import send
from notifications.checks import sms_transport_deployable, sms_transport_valid
from notifications.enums import Status
from notifications.models import OutboundMessage
from tests.portal.test_settings import PRODUCTION_ENV, run_manage

pytestmark = pytest.mark.django_db

TWILIO_ENV = {
    "TWILIO_ACCOUNT_SID": "AC" + "0" * 32,
    "TWILIO_AUTH_TOKEN": "production-test-token",
    "TWILIO_FROM": "+4759440000",
}


@pytest.fixture
def tone(tidgiver):
    tidgiver.phone = "+4741234567"
    tidgiver.save()
    return tidgiver


@pytest.fixture
def no_twilio(settings):
    settings.TWILIO_ACCOUNT_SID = settings.TWILIO_AUTH_TOKEN = settings.TWILIO_FROM = ""
    settings.TWILIO_MESSAGING_SERVICE_SID = ""
    return settings


def deliver_one(user):
    [row] = send(user, "notifications.sms_help", {}, channels=("sms",))
    tasks.deliver(row.pk)
    return OutboundMessage.objects.get(pk=row.pk)


def test_twilio_transport_without_settings_keeps_row_queued(tone, no_twilio, daytime):
    no_twilio.SMS_TRANSPORT = "twilio"

    row = deliver_one(tone)

    assert (row.status, row.provider_id, row.error_code) == (Status.QUEUED, "", "sms-not-configured")


def test_console_transport_chosen_marks_sent(tone, no_twilio, daytime):
    no_twilio.SMS_TRANSPORT = "console"

    row = deliver_one(tone)

    assert (row.status, row.provider_id) == (Status.SENT, f"console-{row.pk}")


def test_console_transport_chosen_is_used_even_with_twilio_settings(tone, twilio, settings, daytime):
    settings.SMS_TRANSPORT = "console"

    row = deliver_one(tone)

    assert (row.status, row.provider_id, twilio.requests) == (Status.SENT, f"console-{row.pk}", [])


def test_twilio_transport_chosen_sends_through_twilio(tone, twilio, settings, daytime):
    settings.SMS_TRANSPORT = "twilio"

    row = deliver_one(tone)

    assert (row.status, len(twilio.sent)) == (Status.SENT, 1)


def test_check_unknown_transport_is_an_error(settings):
    settings.SMS_TRANSPORT = "pigeon"

    assert [error.id for error in sms_transport_valid(None)] == ["notifications.E001"]


@pytest.mark.parametrize(
    ("debug", "transport", "configured", "expected"),
    [
        (False, "twilio", False, ["notifications.E002"]),
        (False, "", False, ["notifications.E002"]),  # unset counts as twilio in production
        (False, "twilio", True, []),
        (False, "console", False, ["notifications.W001"]),
        (True, "twilio", False, []),
    ],
)
def test_check_deploy_sms_transport(no_twilio, debug, transport, configured, expected):
    no_twilio.DEBUG, no_twilio.SMS_TRANSPORT = debug, transport
    if configured:
        no_twilio.TWILIO_ACCOUNT_SID, no_twilio.TWILIO_AUTH_TOKEN, no_twilio.TWILIO_FROM = TWILIO_ENV.values()

    assert [message.id for message in sms_transport_deployable(None)] == expected


def test_production_deploy_check_passes_with_twilio_settings():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env={**PRODUCTION_ENV, **TWILIO_ENV})

    assert result.returncode == 0, result.stderr


def test_production_deploy_check_refuses_missing_twilio_settings():
    result = run_manage("check", "--deploy", env={**PRODUCTION_ENV, "TWILIO_FROM": "", "TWILIO_AUTH_TOKEN": ""})

    assert result.returncode != 0
    assert "notifications.E002" in result.stderr
