"""Development transports print each e-mail and SMS readably: recipient, text, whole links and codes."""

from io import StringIO

import pytest

from notifications import tasks
from notifications.api import Contact, send, send_rendered_email
from notifications.models import OutboundMessage
from notifications.transports.console import ReadableConsoleEmailBackend
from notifications.transports.email import build_email

pytestmark = pytest.mark.django_db

LINK = "http://127.0.0.1:8123/accounts/password/reset/key/1a-cb2e3d4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d=/"


def test_readable_email_backend_prints_recipient_subject_and_whole_link():
    row = send_rendered_email(
        Contact(name="", email="nora@example.org"),
        "account.password_reset_key",
        subject="Velg passord",
        body=f"Hei!\n\nVelg passordet ditt her: {LINK}\n\nHilsen oss",
    )
    stream = StringIO()

    sent = ReadableConsoleEmailBackend(stream=stream).send_messages([build_email(row)])

    text = stream.getvalue()
    assert sent == 1
    assert "To: nora@example.org" in text
    assert "Subject: Velg passord" in text
    assert f"Velg passordet ditt her: {LINK}" in text
    assert f"Links:\n  {LINK}" in text
    assert "=3D" not in text  # not quoted-printable


def test_console_sms_in_development_prints_recipient_and_code(tidgiver, settings, capsys, daytime):
    settings.DEBUG, settings.SMS_TRANSPORT = True, "console"
    contact = Contact(name="Tone", phone="+4740000001")
    [row] = send(contact, "notifications.login_code", {"kode": "482913"}, channels=("sms",), urgent=True)

    tasks.deliver(row.pk)

    out = capsys.readouterr().out
    assert "To: Tone +4740000001" in out
    assert "482913" in out
    assert OutboundMessage.objects.get(pk=row.pk).body == "[redacted]"  # the code is still wiped from the outbox


def test_console_sms_outside_development_prints_nothing(tidgiver, settings, capsys, daytime):
    settings.DEBUG, settings.SMS_TRANSPORT = False, "console"
    [row] = send(
        Contact(name="Tone", phone="+4740000001"),
        "notifications.login_code",
        {"kode": "482913"},
        channels=("sms",),
        urgent=True,
    )

    tasks.deliver(row.pk)

    assert "482913" not in capsys.readouterr().out
