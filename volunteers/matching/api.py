"""The public API of matching, for other apps (hours' worklist and weekly digest).

Importing this module loads no models; matching never imports hours.
"""

__all__ = ["follow_ups_due", "unanswered_proposals"]


def unanswered_proposals(units):
    """Proposals sent to a Tidgiver and not answered yet, in ``units`` (a queryset or list of units)."""
    from .enums import ProposalState
    from .models import Proposal

    return Proposal.objects.filter(unit__in=units, state=ProposalState.SENT)


def follow_ups_due(units, day):
    """Follow-ups of open (active or paused) matches in ``units`` not held and due on or before ``day``."""
    from .enums import OPEN_MATCH_STATES
    from .models import FollowUp

    return FollowUp.objects.due_by(day).filter(unit__in=units, match__state__in=OPEN_MATCH_STATES)
