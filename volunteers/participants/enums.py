"""Choice lists of the participants app, and the participant's status moves as data."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ParticipantStatus(models.TextChoices):
    WAITING = "waiting", _("Waiting for a Tidgiver")
    MATCHED = "matched", _("Matched")
    PAUSED = "paused", _("Paused")
    ENDED = "ended", _("Ended")


P = ParticipantStatus

# Where a participant's status may go (`participants.domain.status.set_status`). Matching moves waiting →
# matched when a match starts and matched → waiting (or ended) when it closes; staff pause, end and restart.
PARTICIPANT_STATUS_TRANSITIONS: dict[str, frozenset[str]] = {
    P.WAITING: frozenset({P.MATCHED, P.PAUSED, P.ENDED}),
    P.MATCHED: frozenset({P.WAITING, P.PAUSED, P.ENDED}),
    P.PAUSED: frozenset({P.WAITING, P.MATCHED, P.ENDED}),
    P.ENDED: frozenset({P.WAITING}),
}


class ScoreOccasion(models.TextChoices):
    """When a goal or life satisfaction was scored: the intake conversation, a follow-up, or closure."""

    INTAKE = "intake", _("Intake conversation")
    FOLLOW_UP = "follow_up", _("Follow-up")
    CLOSURE = "closure", _("Closure")


# Goal attainment scaling: −2 much less than expected … 0 as expected … +2 much more. 0 or above is reached.
GOAL_SCORE_MIN, GOAL_SCORE_MAX = -2, 2
GOAL_REACHED_FROM = 0
MAX_GOALS = 3
# The question as Statistics Norway asks it, on a 0–10 scale.
LIFE_SATISFACTION_MIN, LIFE_SATISFACTION_MAX = 0, 10
LIFE_SATISFACTION_QUESTION = _("All in all, how satisfied or dissatisfied are you with your life these days?")


class GoalScoreValue(models.IntegerChoices):
    MUCH_LESS = -2, _("−2 Much less than expected")
    LESS = -1, _("−1 Less than expected")
    AS_EXPECTED = 0, _("0 As expected")
    MORE = 1, _("+1 More than expected")
    MUCH_MORE = 2, _("+2 Much more than expected")


# The version of the consent text a participant agrees to when registered (recorded with the consent).
CONSENT_TEXT_VERSION = "1"


class AccessPage(models.TextChoices):
    """Which page showed a participant record (the access log's "which page")."""

    PAGE = "page", _("Participant page")
    EDIT = "edit", _("Edit form")
    EXPORT = "export", _("Export")
    ERASE = "erase", _("Deleted")
    FIND_TIDGIVER = "find_tidgiver", _("Find a Tidgiver")
    CANDIDATE = "find_tidgiver_candidate", _("Find a Tidgiver: a candidate")
