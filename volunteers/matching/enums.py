"""Choice lists of matching, and the proposal and match pipelines' allowed moves as data."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ProposalState(models.TextChoices):
    SENT = "sent", _("Sent")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")
    EXPIRED = "expired", _("Expired")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    # The coordinator activated the match after the Tidgiver said yes: the proposal is done.
    MATCHED = "matched", _("Became a match")


PS = ProposalState

PROPOSAL_TRANSITIONS: dict[str, frozenset[str]] = {
    PS.SENT: frozenset({PS.ACCEPTED, PS.DECLINED, PS.EXPIRED, PS.WITHDRAWN}),
    PS.ACCEPTED: frozenset({PS.MATCHED, PS.WITHDRAWN}),
    PS.DECLINED: frozenset(),
    PS.EXPIRED: frozenset(),
    PS.WITHDRAWN: frozenset(),
    PS.MATCHED: frozenset(),
}
# Waiting for the Tidgiver's answer, or for the coordinator after a yes: at most one per participant.
OPEN_PROPOSAL_STATES = frozenset({PS.SENT, PS.ACCEPTED})


class MatchState(models.TextChoices):
    ACTIVE = "active", _("Active")
    PAUSED = "paused", _("Paused")
    CLOSED = "closed", _("Closed")


MS = MatchState

MATCH_TRANSITIONS: dict[str, frozenset[str]] = {
    MS.ACTIVE: frozenset({MS.PAUSED, MS.CLOSED}),
    MS.PAUSED: frozenset({MS.ACTIVE, MS.CLOSED}),
    MS.CLOSED: frozenset(),
}
# An active or paused match takes one of the Tidgiver's places (capacity).
OPEN_MATCH_STATES = frozenset({MS.ACTIVE, MS.PAUSED})


class AnswerSource(models.TextChoices):
    MIN_SIDE = "min_side", _("My page")
    SMS = "sms", _("SMS")
    COORDINATOR = "coordinator", _("Coordinator")
    SYSTEM = "system", _("System")


class ClosureReason(models.TextChoices):
    GOAL_REACHED = "goal_reached", _("Goal reached / natural end")
    PARTICIPANT_ENDED = "participant_ended", _("The participant ended it")
    TIDGIVER_ENDED = "tidgiver_ended", _("The Tidgiver ended it")
    MOVED = "moved", _("Moved")
    LOST_CONTACT = "lost_contact", _("Lost contact")
    SAFETY = "safety", _("Safety concern")
    OTHER = "other", _("Other")


class Rematch(models.TextChoices):
    """“Kan Tidgiveren matches igjen?” A “no” means this pair is never proposed again."""

    YES = "yes", _("Yes")
    NO_LOW_ENGAGEMENT = "no_low_engagement", _("No: low engagement")
    NO_SAFETY = "no_safety", _("No: safety")


NO_REMATCH = frozenset({Rematch.NO_LOW_ENGAGEMENT, Rematch.NO_SAFETY})


class FollowUpWith(models.TextChoices):
    TIDGIVER = "tidgiver", _("The Tidgiver")
    PARTICIPANT = "participant", _("The participant")
    BOTH = "both", _("Both")


class FollowUpRating(models.IntegerChoices):
    VERY_BADLY = 1, _("1 Very badly")
    BADLY = 2, _("2 Badly")
    OKAY = 3, _("3 Okay")
    WELL = 4, _("4 Well")
    VERY_WELL = 5, _("5 Very well")


class EventKind(models.TextChoices):
    TRANSITION = "transition", _("Status changed")
    NOTE = "note", _("Note")
    REMINDER = "reminder", _("Reminder sent")


CAPACITY_MIN, CAPACITY_MAX, CAPACITY_DEFAULT = 1, 3, 1
WEIGHT_MAX = 100

# Ranking components and their default weights (points for a full match of that component). A unit admin may
# change them per unit (MatchingSettings); these are what a unit without its own settings uses.
DEFAULT_WEIGHTS = {
    "interests": 30,
    "competencies": 25,
    "availability": 20,
    "area": 10,
    "language": 10,
    "wishes": 15,
    "load": 10,
    "waiting": 10,
}
DEFAULT_PROPOSAL_DEADLINE_DAYS = 7
DEFAULT_REMINDER_AFTER_DAYS = 3
# Follow-ups after 2 weeks, after 6 weeks, then every 3 months.
DEFAULT_FOLLOW_UP_FIRST_DAYS = 14
DEFAULT_FOLLOW_UP_SECOND_DAYS = 42
DEFAULT_FOLLOW_UP_INTERVAL_DAYS = 90
