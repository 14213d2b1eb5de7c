"""Every hour, run the reminder rules (idempotent: one schedule; the ledger sends each reminder once)."""

import datetime

from django.db import migrations

SCHEDULE_NAME = "hours: reminders"


def create_schedule(apps, schema_editor):
    Schedule = apps.get_model("django_q", "Schedule")
    morning = datetime.datetime.now(datetime.UTC).replace(hour=7, minute=0, second=0, microsecond=0)
    Schedule.objects.update_or_create(
        name=SCHEDULE_NAME,
        defaults={
            "func": "volunteers.hours.tasks.run_reminders",
            "schedule_type": "H",
            "repeats": -1,
            "next_run": morning + datetime.timedelta(days=1),
        },
    )


def remove_schedule(apps, schema_editor):
    apps.get_model("django_q", "Schedule").objects.filter(name=SCHEDULE_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [("hours", "0002_reminders"), ("django_q", "0019_alter_task_options_alter_ormq_key_alter_ormq_lock_and_more")]

    operations = [migrations.RunPython(create_schedule, remove_schedule)]
