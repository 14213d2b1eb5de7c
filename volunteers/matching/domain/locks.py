"""Row locks, always in the same order (participant, then Tidgiver, then proposal/match) so two never deadlock."""

from volunteers.models import Volunteer
from volunteers.participants.models import Participant


def lock_pair(participant_id, volunteer_id):
    participant = Participant.objects.select_for_update().get(pk=participant_id)
    volunteer = Volunteer.objects.select_for_update(of=("self",)).select_related("unit").get(pk=volunteer_id)
    return participant, volunteer


def refresh(obj, locked, *fields):
    for field in fields:
        setattr(obj, field, getattr(locked, field))
