"""The participant's own main goals (1–3) and the scores the funder report counts.

Goal attainment scaling: each goal scored −2 … +2 at intake, at follow-ups and at closure; 0 or above is
reached. Life satisfaction: one question, 0–10, at intake, every three months and at closure.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ..enums import (
    GOAL_REACHED_FROM,
    GOAL_SCORE_MAX,
    GOAL_SCORE_MIN,
    LIFE_SATISFACTION_MAX,
    LIFE_SATISFACTION_MIN,
    MAX_GOALS,
    ScoreOccasion,
)
from ..models import Goal, GoalScore, LifeSatisfaction
from .errors import ParticipantError


def is_reached(score):
    return score is not None and score >= GOAL_REACHED_FROM


def _check_goal_score(score):
    if not GOAL_SCORE_MIN <= score <= GOAL_SCORE_MAX:
        raise ParticipantError(_("A goal is scored from −2 to +2."))


def _check_life_satisfaction(score):
    if not LIFE_SATISFACTION_MIN <= score <= LIFE_SATISFACTION_MAX:
        raise ParticipantError(_("Life satisfaction is answered from 0 to 10."))


@transaction.atomic
def set_intake(participant, goals, life_satisfaction=None, *, actor, on=None):
    """The goals set at the intake conversation, each with its intake score, and the intake life satisfaction."""
    goals = list(goals)
    if len(goals) > MAX_GOALS:
        raise ParticipantError(_("A participant has at most three main goals."))
    on = on or timezone.localdate()
    for number, (text, score) in enumerate(goals, start=1):
        goal = Goal.objects.create(
            unit_id=participant.unit_id, participant=participant, number=number, text=text, set_on=on
        )
        if score is not None:
            score_goal(goal, score, ScoreOccasion.INTAKE, actor=actor, on=on)
    if life_satisfaction is not None:
        record_life_satisfaction(participant, life_satisfaction, ScoreOccasion.INTAKE, actor=actor, on=on)


@transaction.atomic
def save_goal_texts(participant, texts, *, actor):
    """Edit the goals' wording (in order 1–3); an empty text after the last goal adds nothing.

    A new goal (say a third one set later) gets the next number; a goal is never removed, so its scores stay.
    """
    goals = {goal.number: goal for goal in participant.goals.all()}
    texts = [text.strip() for text in texts]
    for number, text in enumerate(texts, start=1):
        goal = goals.get(number)
        if goal is None and text:
            if number > len(goals) + 1:
                raise ParticipantError(_("Fill in the goals in order, without gaps."))
            goals[number] = Goal.objects.create(
                unit_id=participant.unit_id, participant=participant, number=number, text=text
            )
        elif goal is not None and not text:
            raise ParticipantError(_("A goal cannot be removed, only reworded: its scores count in the report."))
        elif goal is not None and goal.text != text:
            goal.text = text
            goal.save(update_fields=["text"])
    return [goals[number] for number in sorted(goals)]


def score_goal(goal, score, occasion, *, actor, on=None, follow_up_id=None):
    _check_goal_score(score)
    return GoalScore.objects.create(
        unit_id=goal.unit_id,
        participant_id=goal.participant_id,
        goal=goal,
        score=score,
        occasion=ScoreOccasion(occasion),
        scored_on=on or timezone.localdate(),
        follow_up_id=follow_up_id,
        recorded_by=actor,
    )


def record_life_satisfaction(participant, score, occasion, *, actor, on=None, follow_up_id=None):
    _check_life_satisfaction(score)
    return LifeSatisfaction.objects.create(
        unit_id=participant.unit_id,
        participant=participant,
        score=score,
        occasion=ScoreOccasion(occasion),
        answered_on=on or timezone.localdate(),
        follow_up_id=follow_up_id,
        recorded_by=actor,
    )


@transaction.atomic
def record_scores(participant, goal_scores, life_satisfaction=None, *, occasion, actor, on=None, follow_up_id=None):
    """Scores given together (a follow-up, closure, the three-monthly question): {goal: score} and 0–10 or None."""
    own = {goal.pk for goal in participant.goals.all()}
    if any(goal.pk not in own for goal in goal_scores):
        raise ParticipantError(_("Only the participant's own goals can be scored."))
    scores = [
        score_goal(goal, score, occasion, actor=actor, on=on, follow_up_id=follow_up_id)
        for goal, score in goal_scores.items()
        if score is not None
    ]
    answer = None
    if life_satisfaction is not None:
        answer = record_life_satisfaction(
            participant, life_satisfaction, occasion, actor=actor, on=on, follow_up_id=follow_up_id
        )
    return scores, answer
