"""Schedule the daily retention task (idempotent: re-running keeps one schedule)."""

import datetime

from django.db import migrations

SCHEDULE_NAME = "volunteers: anonymise old rejected and withdrawn applications"


def create_schedule(apps, schema_editor):
    Schedule = apps.get_model("django_q", "Schedule")
    now = datetime.datetime.now(datetime.UTC)
    first_run = (now + datetime.timedelta(days=1)).replace(hour=2, minute=30, second=0, microsecond=0)
    Schedule.objects.update_or_create(
        name=SCHEDULE_NAME,
        defaults={
            "func": "volunteers.tasks.purge_expired_applications",
            "schedule_type": "D",
            "repeats": -1,
            "next_run": first_run,
        },
    )


def remove_schedule(apps, schema_editor):
    apps.get_model("django_q", "Schedule").objects.filter(name=SCHEDULE_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("volunteers", "0001_initial"),
        ("django_q", "0019_alter_task_options_alter_ormq_key_alter_ormq_lock_and_more"),
    ]

    operations = [migrations.RunPython(create_schedule, remove_schedule)]
