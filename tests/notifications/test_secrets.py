"""Texts that carry a log-in code or link: never shown in the back office, wiped once the row is done."""

import re

import pytest
from django.core import mail
from django.test import Client

from notifications.enums import REDACTED_BODY, Status
from notifications.models import OutboundMessage, PhoneStatus
from portal.org.enums import Role
from tests import factories

pytestmark = pytest.mark.django_db

HIDDEN = "Skjult: engangskode"


@pytest.fixture
def tone(tidgiver):
    tidgiver.phone, tidgiver.phone_verified = "+4741234567", True
    tidgiver.save()
    return tidgiver


@pytest.fixture
def run_on_commit(django_capture_on_commit_callbacks):
    def post(client, url, data):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(url, data)

    return post


def exported(response):
    return b"".join(response.streaming_content).decode()


def sms_login(run_on_commit, twilio):
    run_on_commit(Client(), "/accounts/login/code/", {"phone": "412 34 567"})
    return re.search(r"\b(\d{6})\b", twilio.sent[-1]["Body"]).group(1)


def test_login_code_text_is_wiped_once_sent(tone, twilio, daytime, run_on_commit):
    code = sms_login(run_on_commit, twilio)

    row = OutboundMessage.objects.get(template_key="notifications.login_code")
    assert (row.status, row.secret, row.body, row.html_body) == (Status.SENT, True, REDACTED_BODY, "")
    assert code in twilio.sent[-1]["Body"]  # the person got it all the same


def test_login_code_to_stopped_invalid_number_is_skipped_and_wiped(tone, twilio, daytime, run_on_commit):
    PhoneStatus.objects.create(phone="+4741234567", invalid_code="21614")

    run_on_commit(Client(), "/accounts/login/code/", {"phone": "412 34 567"})

    row = OutboundMessage.objects.get(template_key="notifications.login_code")
    assert (row.status, row.error_code, row.body) == (Status.SKIPPED, "21614", REDACTED_BODY)
    assert twilio.sent == []


def test_login_code_queued_for_later_is_kept_but_hidden_from_coordinator(
    tone, twilio, daytime, run_on_commit, staff_client
):
    twilio.reply((503, {"code": 20500, "message": "down", "status": 503}))  # Twilio down: the row waits
    run_on_commit(Client(), "/accounts/login/code/", {"phone": "412 34 567"})
    row = OutboundMessage.objects.get(template_key="notifications.login_code")
    code = re.search(r"\b(\d{6})\b", row.body).group(1)
    assert row.status == Status.QUEUED  # still needed for the retry

    detail = staff_client.get(f"/admin/outbox/inspect/{row.pk}/")
    listing = staff_client.get("/admin/outbox/")
    export = staff_client.get("/admin/outbox/?export=csv")

    assert detail.status_code == listing.status_code == export.status_code == 200
    assert HIDDEN in detail.text
    for page in (detail.text, listing.text, exported(export)):
        assert code not in page
        assert "Koden din" not in page


def test_ordinary_message_text_is_shown_to_coordinator(tidgiver, daytime, staff_client):
    from notifications.api import send

    [row] = send(tidgiver, "notifications.group_message", {"tekst": "Temakveld torsdag"}, channels=("email",))

    detail = staff_client.get(f"/admin/outbox/inspect/{row.pk}/")

    assert "Temakveld torsdag" in detail.text
    assert HIDDEN not in detail.text


# --- allauth's own e-mails go through the outbox -----------------------------------------------------


def test_password_reset_mail_goes_through_outbox_and_link_is_hidden(tidgiver, daytime, run_on_commit, client):
    coordinator_client = Client()
    coordinator = factories.make_member(tidgiver.memberships.first().unit, Role.COORDINATOR, email="k2@example.org")
    from tests.mfa import log_in_with_mfa

    log_in_with_mfa(coordinator_client, coordinator)

    response = run_on_commit(client, "/accounts/password/reset/", {"email": "tone@example.org"})

    assert response.status_code == 302
    row = OutboundMessage.objects.get()
    assert (row.template_key, row.channel, row.user, row.urgent, row.secret, row.status) == (
        "account.password_reset_key",
        "email",
        tidgiver,
        True,
        True,
        Status.SENT,
    )
    assert row.body == REDACTED_BODY
    [message] = mail.outbox
    assert message.to == ["tone@example.org"]
    assert message.subject.startswith("[Blå Kors steg for steg] ")
    link = re.search(r"/accounts/password/reset/key/\S+", message.body).group(0)

    detail = coordinator_client.get(f"/admin/outbox/inspect/{row.pk}/")
    export = coordinator_client.get("/admin/outbox/?export=csv")
    assert detail.status_code == 200
    assert HIDDEN in detail.text
    assert link not in detail.text and link not in exported(export)

    reset = client.get(link)
    assert reset.status_code == 302  # allauth moves the key into the session: the link works


def test_password_reset_mail_waits_in_outbox_when_smtp_is_down(tidgiver, daytime, run_on_commit, client, monkeypatch):
    import smtplib

    def smtp_down(*args, **kwargs):
        raise smtplib.SMTPServerDisconnected("down")

    monkeypatch.setattr("django.core.mail.backends.locmem.EmailBackend.send_messages", smtp_down)

    response = run_on_commit(client, "/accounts/password/reset/", {"email": "tone@example.org"})

    assert response.status_code == 302  # no 500 for the person
    row = OutboundMessage.objects.get()
    assert (row.status, row.error_code) == (Status.QUEUED, "smtp")
    assert "/accounts/password/reset/key/" in row.body  # kept until it has gone out


def test_unknown_address_mail_is_not_secret(db, daytime, run_on_commit, client):
    run_on_commit(client, "/accounts/password/reset/", {"email": "nobody@example.org"})

    row = OutboundMessage.objects.get()
    assert (row.template_key, row.user, row.address, row.secret) == (
        "account.unknown_account",
        None,
        "nobody@example.org",
        False,
    )
    assert len(mail.outbox) == 1
