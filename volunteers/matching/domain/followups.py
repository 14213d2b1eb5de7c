"""Follow-ups of a match: the schedule (2 weeks, 6 weeks, then every 3 months; per unit) and recording one."""

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from volunteers.participants.domain import goals as goals_domain
from volunteers.participants.domain.errors import ParticipantError
from volunteers.participants.enums import ScoreOccasion
from volunteers.participants.models import Goal

from ..enums import FollowUpWith, MatchState
from ..models import FollowUp, settings_for
from .errors import MatchingError
from .locks import refresh


def first_due_dates(match):
    settings = settings_for(match.unit)
    start = match.started_on
    return [
        start + datetime.timedelta(days=settings.follow_up_first_days),
        start + datetime.timedelta(days=settings.follow_up_second_days),
    ]


def schedule_first(match):
    """The first two follow-ups, created when the match starts."""
    return FollowUp.objects.bulk_create(
        [FollowUp(unit_id=match.unit_id, match=match, due_on=day) for day in first_due_dates(match)]
    )


def schedule_next(match, after):
    """After a follow-up is held and none is pending, the next comes one interval after the latest due date."""
    if FollowUp.objects.filter(match=match, done_on__isnull=True).exists():
        return None
    settings = settings_for(match.unit)
    latest = FollowUp.objects.filter(match=match).order_by("-due_on").values_list("due_on", flat=True).first()
    base = max(latest or after, after)
    return FollowUp.objects.create(
        unit_id=match.unit_id, match=match, due_on=base + datetime.timedelta(days=settings.follow_up_interval_days)
    )


def cancel_pending(match):
    """A closed match has no more follow-ups; the ones not held are removed from the worklist."""
    return FollowUp.objects.filter(match=match, done_on__isnull=True).delete()[0]


@transaction.atomic
def record(follow_up, by, *, done_on, with_whom, rating=None, note="", goal_scores=None, life_satisfaction=None):
    """Record a held follow-up: with whom, how it is going (1–5), a short note, and the participant's scores.

    `goal_scores` maps Goal ids (of the match's participant) to −2…+2; `life_satisfaction` is 0–10 or None.
    The next follow-up is scheduled when none is pending. Returns the follow-up.
    """
    locked = FollowUp.objects.select_for_update(of=("self",)).select_related("match__participant").get(pk=follow_up.pk)
    match = locked.match
    if match.state == MatchState.CLOSED:
        raise MatchingError(_("The match is closed; its follow-ups cannot be changed."))
    if done_on > timezone.localdate():
        raise MatchingError(_("A follow-up cannot be recorded for a day in the future."))
    if rating is not None and not 1 <= rating <= 5:
        raise MatchingError(_("How it is going is a number from 1 to 5."))
    was_done = locked.done_on is not None
    locked.done_on, locked.with_whom, locked.rating = done_on, FollowUpWith(with_whom), rating
    locked.note, locked.recorded_by, locked.recorded_at = note.strip(), by, timezone.now()
    locked.save()
    save_scores(match, by, goal_scores or {}, life_satisfaction, ScoreOccasion.FOLLOW_UP, done_on, locked.pk)
    if not was_done:
        schedule_next(match, after=done_on)
    refresh(follow_up, locked, "done_on", "with_whom", "rating", "note", "recorded_by", "recorded_at")
    return follow_up


def record_unscheduled(match, by, **fields):
    """A follow-up that was not on the schedule (e.g. the Tidgiver called): a new row, recorded at once."""
    follow_up = FollowUp.objects.create(unit_id=match.unit_id, match=match, due_on=fields["done_on"])
    return record(follow_up, by, **fields)


def save_scores(match, by, goal_scores, life_satisfaction, occasion, day, follow_up_id=None):
    """The participant's goal scores (and life satisfaction) given at a follow-up or at closure, written by the
    participants app's one function for scores (participants.domain.goals.record_scores)."""
    participant = match.participant
    goals = {goal.pk: goal for goal in Goal.objects.filter(participant=participant)}
    if set(goal_scores) - set(goals):
        raise MatchingError(_("A score was given for a goal that is not this participant's."))
    scores = {goals[goal_id]: None if score is None else int(score) for goal_id, score in goal_scores.items()}
    try:
        goals_domain.record_scores(
            participant,
            scores,
            None if life_satisfaction is None else int(life_satisfaction),
            occasion=occasion,
            actor=by,
            on=day,
            follow_up_id=follow_up_id,
        )
    except ParticipantError as error:
        raise MatchingError(str(error)) from error


def next_due(match):
    return FollowUp.objects.filter(match=match, done_on__isnull=True).order_by("due_on").first()
