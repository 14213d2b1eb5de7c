"""Every 15 minutes: remind unanswered proposals, expire them at the deadline, end finished pauses."""

import datetime

from django.db import migrations

SCHEDULE_NAME = "matching: proposal reminders and deadlines"


def create_schedule(apps, schema_editor):
    apps.get_model("django_q", "Schedule").objects.update_or_create(
        name=SCHEDULE_NAME,
        defaults={
            "func": "volunteers.matching.tasks.proposal_deadlines",
            "schedule_type": "I",
            "minutes": 15,
            "repeats": -1,
            "next_run": datetime.datetime.now(datetime.UTC),
        },
    )


def remove_schedule(apps, schema_editor):
    apps.get_model("django_q", "Schedule").objects.filter(name=SCHEDULE_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("matching", "0001_initial"),
        ("django_q", "0019_alter_task_options_alter_ormq_key_alter_ormq_lock_and_more"),
    ]

    operations = [migrations.RunPython(create_schedule, remove_schedule)]
