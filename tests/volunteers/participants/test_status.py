"""A participant's status moves, from a literal table, each with its audit row."""

import pytest

from tests import factories
from volunteers.participants.domain.errors import StatusChangeNotAllowed
from volunteers.participants.domain.status import set_status
from volunteers.participants.models import ParticipantStatusChange

WAITING, MATCHED, PAUSED, ENDED = "waiting", "matched", "paused", "ended"
STATUSES = (WAITING, MATCHED, PAUSED, ENDED)
ALLOWED = {
    (WAITING, MATCHED),
    (WAITING, PAUSED),
    (WAITING, ENDED),
    (MATCHED, WAITING),
    (MATCHED, PAUSED),
    (MATCHED, ENDED),
    (PAUSED, WAITING),
    (PAUSED, MATCHED),
    (PAUSED, ENDED),
    (ENDED, WAITING),
}
FORBIDDEN = sorted((f, t) for f in STATUSES for t in STATUSES if f != t and (f, t) not in ALLOWED)


@pytest.mark.parametrize(("from_status", "to_status"), sorted(ALLOWED))
def test_set_status_allowed_move_writes_audit_row(unit, coordinator, from_status, to_status):
    participant = factories.make_participant(unit, status=from_status, waiting_since=None)

    assert set_status(participant, to_status, actor=coordinator, reason="Samtale") is True

    participant.refresh_from_db()
    assert participant.status == to_status
    change = ParticipantStatusChange.objects.get(participant=participant)
    assert (change.actor, change.from_status, change.to_status, change.reason, change.unit) == (
        coordinator,
        from_status,
        to_status,
        "Samtale",
        unit,
    )
    assert (participant.waiting_since is not None) == (to_status == WAITING)


@pytest.mark.parametrize(("from_status", "to_status"), FORBIDDEN)
def test_set_status_forbidden_move_raises_and_changes_nothing(unit, coordinator, from_status, to_status):
    participant = factories.make_participant(unit, status=from_status)

    with pytest.raises(StatusChangeNotAllowed):
        set_status(participant, to_status, actor=coordinator)

    participant.refresh_from_db()
    assert participant.status == from_status
    assert not ParticipantStatusChange.objects.exists()


def test_set_status_same_status_is_a_no_op(unit, coordinator):
    participant = factories.make_participant(unit)

    assert set_status(participant, WAITING, actor=coordinator) is False
    assert not ParticipantStatusChange.objects.exists()
