from .events import MatchEvent, ProposalEvent
from .match import FollowUp, Match
from .profile import AvailabilitySlot, MatchingProfile, not_paused_q
from .proposal import Proposal
from .settings import MatchingSettings, settings_for

__all__ = [
    "AvailabilitySlot",
    "FollowUp",
    "Match",
    "MatchEvent",
    "MatchingProfile",
    "MatchingSettings",
    "Proposal",
    "ProposalEvent",
    "not_paused_q",
    "settings_for",
]
