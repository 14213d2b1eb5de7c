"""Every minute, queue outbox rows that are due (after quiet hours or a retry backoff)."""

import datetime

from django.db import migrations

SCHEDULE_NAME = "notifications: send due messages"


def create_schedule(apps, schema_editor):
    Schedule = apps.get_model("django_q", "Schedule")
    Schedule.objects.update_or_create(
        name=SCHEDULE_NAME,
        defaults={
            "func": "notifications.tasks.dispatch_due",
            "schedule_type": "I",
            "minutes": 1,
            "repeats": -1,
            "next_run": datetime.datetime.now(datetime.UTC),
        },
    )


def remove_schedule(apps, schema_editor):
    apps.get_model("django_q", "Schedule").objects.filter(name=SCHEDULE_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("notifications", "0001_initial"),
        ("django_q", "0019_alter_task_options_alter_ormq_key_alter_ormq_lock_and_more"),
    ]

    operations = [migrations.RunPython(create_schedule, remove_schedule)]
