"""The scheduled task: a reminder after 3 days (once), expiry after 7, pauses ending on their return date."""

import datetime

import pytest
from django.utils import timezone

from notifications.models import OutboundMessage
from tests import factories
from volunteers.matching import tasks
from volunteers.matching.domain import deadlines
from volunteers.matching.enums import ProposalState
from volunteers.matching.models import MatchingProfile, MatchingSettings, ProposalEvent

from .conftest import make_proposal


def _sent_days_ago(proposal, days, deadline_in_days):
    now = timezone.now()
    proposal.sent_at = now - datetime.timedelta(days=days)
    proposal.deadline = now + datetime.timedelta(days=deadline_in_days)
    proposal.save()
    return proposal


def test_task_reminds_after_three_days_once(participant, volunteer):
    proposal = _sent_days_ago(make_proposal(participant, volunteer), 3, 4)

    assert tasks.proposal_deadlines() == {"expired": 0, "reminded": 1, "pauses_ended": 0}
    assert tasks.proposal_deadlines() == {"expired": 0, "reminded": 0, "pauses_ended": 0}

    proposal.refresh_from_db()
    assert proposal.reminded_at is not None
    assert OutboundMessage.objects.filter(template_key="matching.proposal_reminder", channel="email").count() == 1
    assert ProposalEvent.objects.get(proposal=proposal).kind == "reminder"


def test_task_does_not_remind_before_three_days(participant, volunteer):
    _sent_days_ago(make_proposal(participant, volunteer), 2, 5)

    assert tasks.proposal_deadlines()["reminded"] == 0


def test_task_follows_the_units_reminder_setting(unit, participant, volunteer):
    MatchingSettings.objects.create(unit=unit, reminder_after_days=2, proposal_deadline_days=5)
    _sent_days_ago(make_proposal(participant, volunteer), 2, 3)

    assert tasks.proposal_deadlines()["reminded"] == 1


def test_task_expires_at_the_deadline_once(participant, volunteer):
    proposal = _sent_days_ago(make_proposal(participant, volunteer), 7, 0)

    assert tasks.proposal_deadlines()["expired"] == 1
    assert tasks.proposal_deadlines()["expired"] == 0

    proposal.refresh_from_db()
    assert proposal.state == ProposalState.EXPIRED
    assert list(ProposalEvent.objects.filter(proposal=proposal).values_list("from_state", "to_state")) == [
        ("sent", "expired")
    ]
    assert not OutboundMessage.objects.filter(template_key="matching.proposal_reminder").exists()


def test_task_gives_a_paused_tidgiver_no_nudge(participant, volunteer):
    _sent_days_ago(make_proposal(participant, volunteer), 4, 3)
    MatchingProfile.objects.filter(volunteer=volunteer).update(paused=True)

    assert tasks.proposal_deadlines()["reminded"] == 0


@pytest.mark.parametrize(("days_from_today", "still_paused"), [(0, False), (-2, False), (1, True)])
def test_task_ends_a_pause_on_its_return_date(unit, days_from_today, still_paused):
    back = timezone.localdate() + datetime.timedelta(days=days_from_today)
    volunteer = factories.make_volunteer(unit, paused=True, paused_until=back)

    deadlines.end_finished_pauses()

    profile = MatchingProfile.objects.get(volunteer=volunteer)
    assert profile.paused is still_paused


def test_task_keeps_a_pause_without_return_date(unit):
    volunteer = factories.make_volunteer(unit, paused=True)

    deadlines.end_finished_pauses()

    assert MatchingProfile.objects.get(volunteer=volunteer).paused is True
