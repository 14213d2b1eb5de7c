"""When a participant is erased, matching forgets what was written about them (closure reasons stay)."""

from ..models import FollowUp, Match, Proposal


def erase_participant_texts(participant):
    Match.objects.filter(participant=participant).update(shared_with_tidgiver="", closure_text="")
    FollowUp.objects.filter(match__participant=participant).update(note="")
    Proposal.objects.filter(participant=participant).update(decline_reason="", override_reason="")
