"""Delivery reports that beat our own bookkeeping, and error codes explained to coordinators in Norwegian."""

import json

import pytest
from django.test import Client

from notifications import tasks
from notifications.api import send
from notifications.enums import Status
from notifications.models import OutboundMessage, PhoneStatus
from notifications.transports import sms
from tests.notifications.fake_twilio import FakeTwilioHttpClient
from tests.notifications.webhooks import signed_post

pytestmark = pytest.mark.django_db


class FailsBeforeAnswer(FakeTwilioHttpClient):
    """Twilio reports "failed" (spam filter) before its answer to our request reaches us."""

    def request(self, method, uri, params=None, data=None, **kwargs):
        response = super().request(method, uri, params=params, data=data, **kwargs)
        sid = json.loads(response.text)["sid"]
        path = data["StatusCallback"].removeprefix("https://tidgiver.example.org")
        report = {"MessageSid": sid, "MessageStatus": "failed", "ErrorCode": "30007", "AccountSid": "AC" + "0" * 32}
        assert signed_post(Client(), path, report).status_code == 200
        return response


def test_failed_report_before_our_sent_bookkeeping_stays_failed(tone, twilio, daytime):
    sms.use_http_client(FailsBeforeAnswer())
    [row] = send(tone, "notifications.sms_help", {}, channels=("sms",))

    tasks.deliver(row.pk)

    row = OutboundMessage.objects.get(pk=row.pk)
    assert (row.status, row.error_code, row.provider_id) == (Status.FAILED, "30007", f"SM{1:032x}")
    assert row.sent_at is not None


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("30003", "Telefonen var slått av eller utenfor dekning."),
        ("30005", "Nummeret finnes ikke (lenger)."),
        ("30006", "Nummeret kan ikke ta imot SMS (for eksempel en fasttelefon)."),
        ("30007", "Stoppet av teleselskapets spamfilter."),
        ("30008", "Ukjent feil hos teleselskapet."),
        ("21610", "Personen har sperret SMS fra oss med STOP."),
        ("21211", "Ikke et gyldig mobilnummer."),
        ("21614", "Nummeret er ikke et mobilnummer."),
    ],
)
def test_outbox_listing_explains_twilio_codes(staff_client, tone, daytime, code, words):
    [row] = send(tone, "notifications.sms_help", {}, channels=("sms",))
    OutboundMessage.objects.filter(pk=row.pk).update(status=Status.FAILED, error_code=code)

    page = staff_client.get("/admin/outbox/")

    assert words in page.text


def test_outbox_shows_skip_reason_in_norwegian(staff_client, tone, daytime):
    PhoneStatus.objects.create(phone="+4741234567", opted_out=True)
    [row] = send(tone, "notifications.sms_help", {}, channels=("sms",))

    listing = staff_client.get("/admin/outbox/")
    detail = staff_client.get(f"/admin/outbox/inspect/{row.pk}/")

    assert (row.status, row.error_code) == (Status.SKIPPED, "stopp")
    assert "Personen har sendt STOPP og vil ikke ha SMS." in listing.text
    assert "Personen har sendt STOPP og vil ikke ha SMS." in detail.text


def test_outbox_shows_provider_text_for_unknown_code(staff_client, tone, daytime):
    [row] = send(tone, "notifications.sms_help", {}, channels=("sms",))
    OutboundMessage.objects.filter(pk=row.pk).update(
        status=Status.FAILED, error_code="21408", error_text="HTTP 400: Permission to send an SMS has not been enabled"
    )

    assert "HTTP 400: Permission to send an SMS has not been enabled" in staff_client.get("/admin/outbox/").text
