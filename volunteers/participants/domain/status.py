"""The one function that changes a participant's status (staff, and matching when a match starts or ends)."""

from django.db import transaction
from django.utils import timezone

from ..enums import PARTICIPANT_STATUS_TRANSITIONS, ParticipantStatus
from ..models import Participant, ParticipantStatusChange
from .errors import StatusChangeNotAllowed


def allowed_statuses(participant):
    return PARTICIPANT_STATUS_TRANSITIONS[participant.status]


@transaction.atomic
def set_status(participant, to_status, *, actor, reason=""):
    """Move `participant` to `to_status`. True if it changed, False if it already had it.

    Raises StatusChangeNotAllowed for a move the table in enums does not allow.
    """
    to_status = ParticipantStatus(to_status)
    locked = Participant.objects.select_for_update().get(pk=participant.pk)
    from_status = ParticipantStatus(locked.status)
    if to_status == from_status:
        return False
    if to_status not in PARTICIPANT_STATUS_TRANSITIONS[from_status]:
        raise StatusChangeNotAllowed(from_status, to_status)
    now = timezone.now()
    participant.status = to_status
    participant.status_changed_at = now
    fields = ["status", "status_changed_at"]
    if to_status == ParticipantStatus.WAITING:
        participant.waiting_since = timezone.localdate(now)
        fields.append("waiting_since")
    participant.save(update_fields=fields)
    ParticipantStatusChange.objects.create(
        unit_id=participant.unit_id,
        participant=participant,
        actor=actor,
        at=now,
        from_status=from_status,
        to_status=to_status,
        reason=reason.strip()[:500],
    )
    return True
