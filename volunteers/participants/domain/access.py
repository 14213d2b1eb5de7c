"""Who looked at which participant record, when, and on which page. Written on every view; never skipped.

The log names the record by id only (and its unit), so it holds no personal data and survives erasure.
"""

from ..enums import AccessPage
from ..models import ParticipantAccessLog


def log_view(participant, user, page):
    return ParticipantAccessLog.objects.create(
        unit_id=participant.unit_id, participant=participant, user=user, page=AccessPage(page)
    )


def log_rows(participants, user, page):
    """One entry per record shown in bulk (an export): one query however many rows."""
    rows = [
        ParticipantAccessLog(unit_id=unit_id, participant_id=pk, user=user, page=AccessPage(page))
        for pk, unit_id in participants.values_list("pk", "unit_id")
    ]
    return ParticipantAccessLog.objects.bulk_create(rows)


def log_for(participant):
    return participant.access_log.select_related("user").order_by("-at", "-pk")
