"""Recording a follow-up with goal scores and life satisfaction; the schedule after it; scores at closure."""

import datetime

import pytest
from django.utils import timezone

from volunteers.matching.domain import followups, matches
from volunteers.matching.domain.errors import MatchingError
from volunteers.matching.models import FollowUp
from volunteers.participants.models import Goal, GoalScore, LifeSatisfaction

from .conftest import make_match


@pytest.fixture
def match(participant, volunteer):
    return make_match(participant, volunteer, started_days_ago=20)


@pytest.fixture
def goals(participant):
    return [
        Goal.objects.create(unit=participant.unit, participant=participant, number=1, text="Egen leilighet"),
        Goal.objects.create(unit=participant.unit, participant=participant, number=2, text="Bli med i et kor"),
    ]


def test_record_saves_follow_up_scores_and_schedules_the_next(match, goals, coordinator):
    today = timezone.localdate()
    due = FollowUp.objects.create(unit=match.unit, match=match, due_on=today - datetime.timedelta(days=1))

    followups.record(
        due,
        coordinator,
        done_on=today,
        with_whom="both",
        rating=4,
        note="Går fint",
        goal_scores={goals[0].pk: 1, goals[1].pk: -1},
        life_satisfaction=7,
    )

    due.refresh_from_db()
    assert (due.done_on, due.with_whom, due.rating, due.note, due.recorded_by) == (
        today,
        "both",
        4,
        "Går fint",
        coordinator,
    )
    scores = list(
        GoalScore.objects.order_by("goal__number").values_list("goal__number", "score", "occasion", "follow_up_id")
    )
    assert scores == [(1, 1, "follow_up", due.pk), (2, -1, "follow_up", due.pk)]
    assert list(LifeSatisfaction.objects.values_list("score", "occasion")) == [(7, "follow_up")]
    assert list(FollowUp.objects.filter(done_on__isnull=True).values_list("due_on", flat=True)) == [
        today + datetime.timedelta(days=90)
    ]


def test_record_does_not_schedule_while_another_is_pending(match, coordinator):
    today = timezone.localdate()
    first = FollowUp.objects.create(unit=match.unit, match=match, due_on=today)
    FollowUp.objects.create(unit=match.unit, match=match, due_on=today + datetime.timedelta(days=28))

    followups.record(first, coordinator, done_on=today, with_whom="tidgiver")

    assert FollowUp.objects.filter(match=match).count() == 2


def test_record_refuses_a_score_for_another_participants_goal(unit, match, coordinator):
    from tests import factories

    stranger = factories.make_participant(unit)
    foreign_goal = Goal.objects.create(unit=unit, participant=stranger, number=1, text="Annet")
    due = FollowUp.objects.create(unit=unit, match=match, due_on=timezone.localdate())

    with pytest.raises(MatchingError):
        followups.record(
            due, coordinator, done_on=timezone.localdate(), with_whom="both", goal_scores={foreign_goal.pk: 0}
        )

    due.refresh_from_db()
    assert due.done_on is None
    assert not GoalScore.objects.exists()


@pytest.mark.parametrize(
    "fields",
    [
        {"rating": 6},
        {"goal_scores": "bad"},
        {"life_satisfaction": 11},
        {"done_on": datetime.date(2999, 1, 1)},
    ],
)
def test_record_refuses_bad_values(match, goals, coordinator, fields):
    due = FollowUp.objects.create(unit=match.unit, match=match, due_on=timezone.localdate())
    if fields.get("goal_scores") == "bad":
        fields = {"goal_scores": {goals[0].pk: 3}}
    values = {"done_on": timezone.localdate(), "with_whom": "both", **fields}

    with pytest.raises(MatchingError):
        followups.record(due, coordinator, **values)

    due.refresh_from_db()
    assert due.done_on is None


def test_record_unscheduled_adds_a_held_follow_up(match, coordinator):
    follow_up = followups.record_unscheduled(match, coordinator, done_on=timezone.localdate(), with_whom="participant")

    assert (follow_up.due_on, follow_up.done_on) == (timezone.localdate(), timezone.localdate())


def test_close_saves_closure_scores(match, goals, coordinator):
    matches.close(
        match, coordinator, "goal_reached", "yes", "", goal_scores={goals[0].pk: 2, goals[1].pk: 0}, life_satisfaction=8
    )

    assert sorted(GoalScore.objects.values_list("score", "occasion")) == [(0, "closure"), (2, "closure")]
    assert list(LifeSatisfaction.objects.values_list("score", "occasion")) == [(8, "closure")]
