import pytest
from django.test import Client

from notifications import tasks
from notifications.api import send
from notifications.enums import Status
from notifications.models import InboundMessage, OutboundMessage, PhoneStatus
from tests.notifications.webhooks import signed_post

pytestmark = pytest.mark.django_db

STATUS_URL = "/notifications/twilio/status/"
INBOUND_URL = "/notifications/twilio/inbound/"
EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'


@pytest.fixture
def sent_row(tidgiver, twilio, daytime):
    tidgiver.phone = "+4741234567"
    tidgiver.save()
    [row] = send(tidgiver, "notifications.sms_help", {}, channels=("sms",))
    tasks.deliver(row.pk)
    return OutboundMessage.objects.get(pk=row.pk)


def callback(client, row, status, error_code=""):
    path = f"{STATUS_URL}?m={row.pk}"
    data = {"MessageSid": row.provider_id, "MessageStatus": status, "AccountSid": "AC" + "0" * 32}
    if error_code:
        data["ErrorCode"] = error_code
    return signed_post(client, path, data)


def status_of(row):
    return OutboundMessage.objects.values_list("status", "error_code").get(pk=row.pk)


def test_status_callback_delivered_answers_empty_twiml(client, sent_row):
    response = callback(client, sent_row, "delivered")

    assert (response.status_code, response.content.decode(), response["Content-Type"]) == (
        200,
        EMPTY_TWIML,
        "text/xml",
    )
    assert status_of(sent_row) == (Status.DELIVERED, "")
    assert OutboundMessage.objects.get(pk=sent_row.pk).delivered_at is not None


def test_status_callback_late_sent_does_not_overwrite_delivered(client, sent_row):
    for status in ("sent", "delivered", "sent", "queued"):
        callback(client, sent_row, status)

    assert status_of(sent_row) == (Status.DELIVERED, "")


def test_status_callback_duplicates_have_one_effect(client, sent_row):
    callback(client, sent_row, "delivered")
    first = OutboundMessage.objects.get(pk=sent_row.pk).delivered_at
    callback(client, sent_row, "delivered")

    assert OutboundMessage.objects.get(pk=sent_row.pk).delivered_at == first


def test_status_callback_undelivered_stores_error_code_and_flags_landline(client, sent_row):
    callback(client, sent_row, "undelivered", error_code="30006")

    assert status_of(sent_row) == (Status.UNDELIVERABLE, "30006")
    assert PhoneStatus.objects.get(phone="+4741234567").invalid_code == "30006"


def test_status_callback_failed_after_delivered_is_ignored(client, sent_row):
    callback(client, sent_row, "delivered")
    callback(client, sent_row, "failed", error_code="30008")

    assert status_of(sent_row) == (Status.DELIVERED, "")


def test_status_callback_before_our_own_bookkeeping_still_finds_the_row(client, tidgiver, twilio, daytime):
    [row] = send(tidgiver, "notifications.group_message", {"tekst": "x"}, channels=("email",))
    OutboundMessage.objects.filter(pk=row.pk).update(status=Status.SENDING)
    row.provider_id = "SM" + "9" * 32

    callback(client, row, "delivered")

    assert status_of(row) == (Status.DELIVERED, "")


def test_status_callback_with_other_rows_id_changes_nothing(client, sent_row):
    sent_row.provider_id = "SM" + "7" * 32  # a sid that is not this row's

    callback(client, sent_row, "failed")

    assert status_of(sent_row) == (Status.SENT, "")


@pytest.mark.parametrize(
    ("signature", "expected"),
    [("", 403), ("forged0000000000000000000000=", 403), (None, 200)],
    ids=["missing", "forged", "valid"],
)
def test_status_callback_signature(client, sent_row, signature, expected):
    path = f"{STATUS_URL}?m={sent_row.pk}"
    data = {"MessageSid": sent_row.provider_id, "MessageStatus": "delivered"}

    response = signed_post(client, path, data, signature=signature)

    assert response.status_code == expected
    assert status_of(sent_row) == ((Status.DELIVERED if expected == 200 else Status.SENT), "")


@pytest.mark.parametrize(
    ("signature", "expected"),
    [("", 403), ("forged0000000000000000000000=", 403), (None, 200)],
    ids=["missing", "forged", "valid"],
)
def test_inbound_signature(client, twilio, signature, expected):
    data = {"MessageSid": "SM" + "1" * 32, "From": "+4741234567", "Body": "Hei"}

    response = signed_post(client, INBOUND_URL, data, signature=signature)

    assert response.status_code == expected
    assert InboundMessage.objects.count() == (1 if expected == 200 else 0)


def test_inbound_signature_with_wrong_token_is_403(client, twilio):
    data = {"MessageSid": "SM" + "1" * 32, "From": "+4741234567", "Body": "STOPP"}

    response = signed_post(client, INBOUND_URL, data, token="someone-elses-token")

    assert response.status_code == 403
    assert (InboundMessage.objects.count(), PhoneStatus.objects.count()) == (0, 0)


def test_inbound_signature_without_configured_token_is_403(client, twilio, settings):
    settings.TWILIO_AUTH_TOKEN = ""

    response = signed_post(client, INBOUND_URL, {"MessageSid": "SM1", "From": "+4741234567", "Body": "Hei"})

    assert (response.status_code, InboundMessage.objects.count()) == (403, 0)


def test_signature_uses_public_https_url_behind_tls_proxy(client, twilio):
    """Django sees http://internal:8000 from the proxy; Twilio signed https://tidgiver.example.org."""
    data = {"MessageSid": "SM" + "2" * 32, "From": "+4741234567", "Body": "Hei"}

    response = signed_post(client, INBOUND_URL, data, HTTP_HOST="internal:8000", HTTP_X_FORWARDED_PROTO="http")

    assert response.status_code == 200
    assert InboundMessage.objects.get().body == "Hei"


def test_signature_for_internal_url_is_rejected(client, twilio):
    data = {"MessageSid": "SM" + "3" * 32, "From": "+4741234567", "Body": "Hei"}

    response = signed_post(client, INBOUND_URL, data, public_base="http://internal:8000", HTTP_HOST="internal:8000")

    assert (response.status_code, InboundMessage.objects.count()) == (403, 0)


def test_webhooks_are_csrf_exempt_but_reject_get(twilio):
    client = Client(enforce_csrf_checks=True)
    data = {"MessageSid": "SM" + "4" * 32, "From": "+4741234567", "Body": "Hei"}

    assert signed_post(client, INBOUND_URL, data).status_code == 200
    assert client.get(INBOUND_URL).status_code == 405


def test_inbound_forged_signature_is_a_security_event_without_number_or_body(client, twilio, caplog):
    caplog.set_level("INFO", logger="portal.security")
    data = {"MessageSid": "SM" + "1" * 32, "From": "+4741234567", "Body": "Hei hemmelig"}

    signed_post(client, INBOUND_URL, data, signature="forged0000000000000000000000=", REMOTE_ADDR="192.0.2.8")

    [record] = [r for r in caplog.records if r.name == "portal.security"]
    assert {key: record.security[key] for key in ("event", "user_id", "ip", "webhook")} == {
        "event": "webhook_signature_invalid",
        "user_id": None,
        "ip": "192.0.2.8",
        "webhook": "incoming",
    }
    assert "41234567" not in record.getMessage()
    assert "Hei" not in record.getMessage()
