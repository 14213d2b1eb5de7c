"""ParticipantAccessLog is gone from the code: views of a participant record are audit entries now
(participants.domain.access, through portal.org.audit.record).

Safe for a rolling deploy in two steps:

1. This migration (now): the model leaves Django's state, but the table stays, because the previous release is
   still running during the deploy and its deletes (of a participant, a user or a unit) read and cascade into
   this table from Python. Only the table's three foreign-key constraints are dropped (a catalogue change, no
   rewrite), so that the new code, which no longer knows the table, can still delete a participant or a user
   without the old rows blocking it. The old release keeps working: its cascades are done by Django, not by
   the constraints.
2. A later migration, once no release with the model runs any more: copy any rows left into audit entries if
   they matter, then DROP TABLE participants_participantaccesslog.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("participants", "0001_initial"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[
                migrations.AlterField(
                    model_name="participantaccesslog",
                    name="participant",
                    field=models.ForeignKey(
                        db_constraint=False,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="access_log",
                        to="participants.participant",
                        verbose_name="participant",
                    ),
                ),
                migrations.AlterField(
                    model_name="participantaccesslog",
                    name="user",
                    field=models.ForeignKey(
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="who",
                    ),
                ),
                migrations.AlterField(
                    model_name="participantaccesslog",
                    name="unit",
                    field=models.ForeignKey(
                        db_constraint=False,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="org.unit",
                        verbose_name="unit",
                    ),
                ),
            ],
            state_operations=[migrations.DeleteModel(name="ParticipantAccessLog")],
        ),
    ]
