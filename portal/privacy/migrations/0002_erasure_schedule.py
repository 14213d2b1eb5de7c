"""Schedule the daily task that runs deletion requests past their waiting time (idempotent)."""

import datetime

from django.db import migrations

SCHEDULE_NAME = "privacy: delete people whose deletion request has waited 30 days"


def create_schedule(apps, schema_editor):
    Schedule = apps.get_model("django_q", "Schedule")
    now = datetime.datetime.now(datetime.UTC)
    first_run = (now + datetime.timedelta(days=1)).replace(hour=2, minute=45, second=0, microsecond=0)
    Schedule.objects.update_or_create(
        name=SCHEDULE_NAME,
        defaults={
            "func": "portal.privacy.tasks.erase_due_requests",
            "schedule_type": "D",
            "repeats": -1,
            "next_run": first_run,
        },
    )


def remove_schedule(apps, schema_editor):
    apps.get_model("django_q", "Schedule").objects.filter(name=SCHEDULE_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("privacy", "0001_initial"),
        ("django_q", "0019_alter_task_options_alter_ormq_key_alter_ormq_lock_and_more"),
    ]

    operations = [migrations.RunPython(create_schedule, remove_schedule)]
