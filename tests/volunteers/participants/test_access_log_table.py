"""The old access-log table outlives its model for one release (migration participants 0002): rows the previous
release wrote must not stop the new code from deleting what they point to."""

import pytest
from django.db import connection, transaction

from tests import factories
from volunteers.participants.models import Participant

pytestmark = pytest.mark.django_db(transaction=True)


def old_release_row(unit, participant, user):
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO participants_participantaccesslog (unit_id, participant_id, user_id, at, page)"
            " VALUES (%s, %s, %s, CURRENT_TIMESTAMP, %s)",
            [unit.pk, participant.pk, user.pk, "page"],
        )


def rows_left():
    with connection.cursor() as cursor:
        cursor.execute("SELECT participant_id, user_id FROM participants_participantaccesslog")
        return cursor.fetchall()


def test_deleting_a_user_and_a_participant_with_old_access_log_rows_succeeds(unit):
    participant, user = factories.make_participant(unit), factories.make_user()
    old_release_row(unit, participant, user)
    participant_id, user_id = participant.pk, user.pk

    with transaction.atomic():  # the constraints are checked at commit on PostgreSQL
        user.delete()
        participant.delete()

    assert not Participant.objects.filter(pk=participant_id).exists()
    assert rows_left() == [(participant_id, user_id)]  # left for the later migration that drops the table
