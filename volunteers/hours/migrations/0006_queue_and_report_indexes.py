"""Indexes for the approval queue and the funder report, built without locking the table.

PostgreSQL builds them with CREATE INDEX CONCURRENTLY (writes go on during a rolling deploy), which cannot run in
a transaction: hence ``atomic = False``. Django's AddIndexConcurrently only knows PostgreSQL's schema editor, so
on SQLite (the embedded default) the same operation creates the index the ordinary way.
If a concurrent build is interrupted, PostgreSQL leaves an INVALID index: drop it and migrate again.
"""

from django.db import migrations, models

from portal.migration_operations import AddIndexConcurrentlyOnPostgres


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("hours", "0005_funder_report"),
    ]

    operations = [
        AddIndexConcurrentlyOnPostgres(
            model_name="hourentry",
            index=models.Index(fields=["volunteer", "state", "date", "reimbursement"], name="hours_volunteer_state_date"),
        ),
        AddIndexConcurrentlyOnPostgres(
            model_name="hourentry",
            index=models.Index(fields=["state", "date"], name="hours_state_date"),
        ),
        AddIndexConcurrentlyOnPostgres(
            model_name="hourentry",
            index=models.Index(
                condition=models.Q(("state", "approved")),
                fields=["date", "unit", "quarters", "measure", "life_area", "activity_kind", "volunteer"],
                name="hours_approved_date",
            ),
        ),
    ]
