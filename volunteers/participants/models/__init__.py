from .goals import Goal, GoalScore, LifeSatisfaction
from .participant import Participant, ParticipantLifeArea, ParticipantSlot, ParticipantStatusChange

__all__ = [
    "Goal",
    "GoalScore",
    "LifeSatisfaction",
    "Participant",
    "ParticipantLifeArea",
    "ParticipantSlot",
    "ParticipantStatusChange",
]
