"""What activating and closing a match do around it: participant status, follow-ups, capacity, messages."""

import datetime

import pytest
from django.utils import timezone

from notifications.models import OutboundMessage
from tests import factories
from volunteers.matching.domain import matches, proposals
from volunteers.matching.domain.errors import MatchingError, NotYours, ProposalExpired
from volunteers.matching.domain.guards import allowed_moves
from volunteers.matching.enums import ProposalState
from volunteers.matching.models import FollowUp, Match, MatchingSettings, ProposalEvent
from volunteers.participants.enums import ParticipantStatus

from .conftest import make_match, make_proposal


def test_activate_starts_match_sets_participant_matched_and_schedules_two_follow_ups(
    participant, volunteer, coordinator
):
    proposal = make_proposal(participant, volunteer, state=ProposalState.ACCEPTED)
    start = datetime.date(2026, 3, 2)

    match = matches.activate(proposal, coordinator, started_on=start, shared_with_tidgiver="Liker kino.")

    participant.refresh_from_db()
    assert (match.state, match.proposal, match.shared_with_tidgiver) == ("active", proposal, "Liker kino.")
    assert participant.status == ParticipantStatus.MATCHED
    assert list(FollowUp.objects.filter(match=match).values_list("due_on", flat=True)) == [
        datetime.date(2026, 3, 16),
        datetime.date(2026, 4, 13),
    ]
    assert OutboundMessage.objects.filter(template_key="matching.match_started", user=volunteer.user).exists()


def test_activate_follows_the_units_follow_up_settings(unit, participant, volunteer, coordinator):
    MatchingSettings.objects.create(unit=unit, follow_up_first_days=7, follow_up_second_days=30)
    proposal = make_proposal(participant, volunteer, state=ProposalState.ACCEPTED)

    match = matches.activate(proposal, coordinator, started_on=datetime.date(2026, 3, 2))

    assert list(match.follow_ups.values_list("due_on", flat=True)) == [
        datetime.date(2026, 3, 9),
        datetime.date(2026, 4, 1),
    ]


@pytest.mark.parametrize(("participant_ends", "expected"), [(False, "waiting"), (True, "ended")])
def test_close_frees_capacity_and_sets_participant_status(
    unit, participant, volunteer, coordinator, participant_ends, expected
):
    match = make_match(participant, volunteer)
    FollowUp.objects.create(unit=unit, match=match, due_on=timezone.localdate())

    matches.close(match, coordinator, "goal_reached", "yes", "Fint", participant_ends=participant_ends)

    participant.refresh_from_db()
    match.refresh_from_db()
    assert (match.closure_reason, match.rematch, match.closure_text, match.closed_on) == (
        "goal_reached",
        "yes",
        "Fint",
        timezone.localdate(),
    )
    assert participant.status == expected
    assert not FollowUp.objects.filter(match=match).exists()
    assert proposals.propose(factories.make_participant(unit), volunteer, coordinator, rank=1).state == "sent"


def test_close_other_reason_needs_text(participant, volunteer, coordinator):
    match = make_match(participant, volunteer)

    with pytest.raises(MatchingError):
        matches.close(match, coordinator, "other", "yes", "  ")

    match.refresh_from_db()
    assert match.state == "active"


def test_answer_after_deadline_expires_and_says_so(participant, volunteer):
    proposal = make_proposal(participant, volunteer, deadline_in_days=-1)

    with pytest.raises(ProposalExpired):
        proposals.answer(proposal, True, volunteer.user, source="sms")

    proposal.refresh_from_db()
    assert proposal.state == ProposalState.EXPIRED
    assert ProposalEvent.objects.get(proposal=proposal).to_state == ProposalState.EXPIRED


def test_answer_by_someone_else_is_refused(unit, participant, volunteer):
    proposal = make_proposal(participant, volunteer)

    with pytest.raises(NotYours):
        proposals.answer(proposal, True, factories.make_member(unit), source="min_side")

    proposal.refresh_from_db()
    assert proposal.state == ProposalState.SENT


def test_answer_tells_the_coordinator(participant, volunteer, coordinator):
    proposal = make_proposal(participant, volunteer, proposed_by=coordinator)

    proposals.answer(proposal, False, volunteer.user, source="sms", reason="Flytter")

    proposal.refresh_from_db()
    assert (proposal.decline_reason, proposal.answer_source) == ("Flytter", "sms")
    message = OutboundMessage.objects.get(template_key="matching.proposal_answered")
    assert (message.user, message.channel) == (coordinator, "email")


def test_allowed_moves_offer_only_what_the_guard_allows(participant, volunteer):
    sent = make_proposal(participant, volunteer)
    assert sorted(allowed_moves(sent)) == ["accepted", "declined", "withdrawn"]

    sent.deadline = timezone.now() - datetime.timedelta(minutes=1)
    assert sorted(allowed_moves(sent)) == ["expired", "withdrawn"]


def test_one_open_match_per_pair_is_a_database_constraint(participant, volunteer):
    from django.db import IntegrityError, transaction

    make_match(participant, volunteer)
    with pytest.raises(IntegrityError), transaction.atomic():
        Match.objects.create(unit=participant.unit, participant=participant, volunteer=volunteer)
