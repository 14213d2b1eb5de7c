"""Receipts and guardian messages sent before they were marked secret: their links must not stay readable."""

from django.db import migrations

# The keys of volunteers.domain.messages.WITH_PERSONAL_LINKS, as they were when this migration was written.
KEYS_WITH_PERSONAL_LINKS = [
    "volunteers.application_received",
    "volunteers.application_received_youth",
    "volunteers.application_updated",
    "volunteers.guardian_confirm",
]
FINISHED = ["sent", "delivered", "failed", "undeliverable", "skipped"]


def hide_personal_links(apps, schema_editor):
    OutboundMessage = apps.get_model("notifications", "OutboundMessage")
    rows = OutboundMessage.objects.filter(template_key__in=KEYS_WITH_PERSONAL_LINKS)
    rows.update(secret=True)
    rows.filter(status__in=FINISHED).update(body="[redacted]", html_body="")


class Migration(migrations.Migration):
    dependencies = [
        ("volunteers", "0003_volunteer_profile_per_unit_and_status_log"),
        ("notifications", "0003_secret_texts_and_language"),
    ]

    operations = [migrations.RunPython(hide_personal_links, migrations.RunPython.noop)]
