import pytest
from django.core import mail

from notifications.api import Contact, register_template, send
from notifications.enums import ChannelChoice, Status
from notifications.models import ContactPreference, OutboundMessage

pytestmark = pytest.mark.django_db

register_template(
    "tests.welcome",
    description="A test template.",
    sms={"nb": "Hei {fornavn}! Velkommen til {enhet}. {ekstra}", "en": "Hi {fornavn}! Welcome to {enhet}. {ekstra}"},
    email_subject={"nb": "Velkommen, {fornavn}", "en": "Welcome, {fornavn}"},
    email_body={"nb": "Hei {fornavn}!\nSe {lenke}", "en": "Hi {fornavn}!\nSee {lenke}"},
)


def test_send_sms_success_records_twilio_sid(tone, twilio, daytime, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        rows = send(tone, "tests.welcome", {"ekstra": "Vi ses!"}, channels=("sms",))

    row = OutboundMessage.objects.get(pk=rows[0].pk)
    assert (row.status, row.attempts, row.provider_id) == (Status.SENT, 1, "SM" + "0" * 31 + "1")
    assert row.body == "Hei Tone! Velkommen til Drammen. Vi ses!"
    assert row.unit.slug == "drammen"
    assert twilio.sent == [
        {
            "To": "+4741234567",
            "From": "+4759440000",
            "Body": "Hei Tone! Velkommen til Drammen. Vi ses!",
            "StatusCallback": f"https://tidgiver.example.org/notifications/twilio/status/?m={row.pk}",
        }
    ]


def test_send_default_preference_uses_both_channels(tone, twilio, daytime, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        rows = send(tone, "tests.welcome", {"ekstra": ""})

    assert sorted((row.channel, OutboundMessage.objects.get(pk=row.pk).status) for row in rows) == [
        ("email", Status.SENT),
        ("sms", Status.SENT),
    ]
    [email] = mail.outbox
    assert (email.subject, email.to, email.body) == (
        "Velkommen, Tone",
        ["tone@example.org"],
        "Hei Tone!\nSe https://tidgiver.example.org/min-side/",
    )
    html, mimetype = email.alternatives[0]
    assert mimetype == "text/html"
    assert '<a href="https://tidgiver.example.org/min-side/"' in html


def test_send_email_preference_leaves_out_sms(tone, twilio, daytime):
    ContactPreference.objects.create(user=tone, channels=ChannelChoice.EMAIL)

    rows = send(tone, "tests.welcome", {"ekstra": ""})

    assert [row.channel for row in rows] == ["email"]


def test_send_without_phone_falls_back_to_email_even_if_sms_preferred(tidgiver, twilio, daytime):
    ContactPreference.objects.create(user=tidgiver, channels=ChannelChoice.SMS)

    rows = send(tidgiver, "tests.welcome", {"ekstra": ""})

    assert [row.channel for row in rows] == ["email"]


def test_send_to_contact_in_english(unit, twilio, daytime, django_capture_on_commit_callbacks):
    guardian = Contact("Anne Berg", phone="917 00 000", language="en")

    with django_capture_on_commit_callbacks(execute=True):
        [row] = send(guardian, "tests.welcome", {"ekstra": "Bye."}, unit=unit)

    assert (row.address, row.body, row.user) == ("+4791700000", "Hi Anne! Welcome to Drammen. Bye.", None)
    assert twilio.sent[0]["To"] == "+4791700000"


def test_send_rolled_back_transaction_sends_nothing(tone, twilio, daytime, django_capture_on_commit_callbacks):
    from django.db import transaction

    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        send(tone, "tests.welcome", {"ekstra": ""})
        raise RuntimeError

    assert (callbacks, twilio.requests, OutboundMessage.objects.count()) == ([], [], 0)
