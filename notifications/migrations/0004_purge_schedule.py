"""Every night, delete messages older than MESSAGE_RETENTION_MONTHS (idempotent: one schedule)."""

import datetime

from django.db import migrations

SCHEDULE_NAME = "notifications: delete old messages"


def create_schedule(apps, schema_editor):
    Schedule = apps.get_model("django_q", "Schedule")
    tonight = datetime.datetime.now(datetime.UTC).replace(hour=2, minute=30, second=0, microsecond=0)
    Schedule.objects.update_or_create(
        name=SCHEDULE_NAME,
        defaults={
            "func": "notifications.tasks.purge_old_messages",
            "schedule_type": "D",
            "repeats": -1,
            "next_run": tonight + datetime.timedelta(days=1),
        },
    )


def remove_schedule(apps, schema_editor):
    apps.get_model("django_q", "Schedule").objects.filter(name=SCHEDULE_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [("notifications", "0003_secret_texts_and_language")]

    operations = [migrations.RunPython(create_schedule, remove_schedule)]
