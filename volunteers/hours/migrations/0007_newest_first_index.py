"""The approval queue's newest-first order as an index, built without locking the table (see 0006)."""

from django.db import migrations, models

from portal.migration_operations import AddIndexConcurrentlyOnPostgres


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("hours", "0006_queue_and_report_indexes"),
    ]

    operations = [
        AddIndexConcurrentlyOnPostgres(
            model_name="hourentry",
            index=models.Index(fields=["-date", "-id"], name="hours_newest_first"),
        ),
    ]
