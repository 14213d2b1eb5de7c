"""Data migrations that fix rows written by earlier versions."""

from importlib import import_module

import pytest
from django.apps import apps

from notifications.enums import REDACTED_BODY
from notifications.models import OutboundMessage

pytestmark = pytest.mark.django_db


def old_row(key, status, body="Lag et passord her: https://x/accounts/password/reset/key/abc/"):
    return OutboundMessage.objects.create(
        template_key=key, channel="email", address="siri@example.org", body=body, status=status, secret=False
    )


def test_migration_hides_personal_links_of_rows_sent_before_they_were_secret():
    migration = import_module("volunteers.migrations.0004_secret_outbox_rows")
    sent = old_row("volunteers.application_received", "sent")
    queued = old_row("volunteers.guardian_confirm", "queued")
    other = old_row("volunteers.application_approved", "sent", body="Velkommen!")

    migration.hide_personal_links(apps, None)

    rows = {row.pk: (row.secret, row.body) for row in OutboundMessage.objects.all()}
    assert rows == {
        sent.pk: (True, REDACTED_BODY),
        queued.pk: (True, queued.body),  # still to be sent: wiped once it has gone
        other.pk: (False, "Velkommen!"),
    }
