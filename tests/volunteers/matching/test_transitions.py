"""Every allowed and every forbidden move of proposals and matches, from literal tables (not the code's own)."""

import pytest

from volunteers.matching.domain import matches, proposals
from volunteers.matching.domain.errors import MatchingError
from volunteers.matching.enums import AnswerSource, MatchState, ProposalState
from volunteers.matching.models import Match, MatchEvent, ProposalEvent

from .conftest import make_match, make_proposal

SENT, ACCEPTED, DECLINED, EXPIRED, WITHDRAWN, MATCHED = (
    "sent",
    "accepted",
    "declined",
    "expired",
    "withdrawn",
    "matched",
)
PROPOSAL_STATES = (SENT, ACCEPTED, DECLINED, EXPIRED, WITHDRAWN, MATCHED)
PROPOSAL_ALLOWED = {
    (SENT, ACCEPTED),
    (SENT, DECLINED),
    (SENT, EXPIRED),
    (SENT, WITHDRAWN),
    (ACCEPTED, MATCHED),
    (ACCEPTED, WITHDRAWN),
}
# Nothing moves back to "sent" (a new proposal is a new row), so every target but "sent" is tried.
PROPOSAL_FORBIDDEN = sorted(
    (f, t) for f in PROPOSAL_STATES for t in PROPOSAL_STATES[1:] if f != t and (f, t) not in PROPOSAL_ALLOWED
)

ACTIVE, PAUSED, CLOSED = "active", "paused", "closed"
MATCH_ALLOWED = {(ACTIVE, PAUSED), (ACTIVE, CLOSED), (PAUSED, ACTIVE), (PAUSED, CLOSED)}
MATCH_FORBIDDEN = [(CLOSED, ACTIVE), (CLOSED, PAUSED)]


def test_transition_tables_in_code_match_the_literal_tables():
    from volunteers.matching.enums import MATCH_TRANSITIONS, PROPOSAL_TRANSITIONS

    assert {(f, t) for f, targets in PROPOSAL_TRANSITIONS.items() for t in targets} == PROPOSAL_ALLOWED
    assert {(f, t) for f, targets in MATCH_TRANSITIONS.items() for t in targets} == MATCH_ALLOWED


def _move_proposal(proposal, to_state, coordinator):
    tidgiver = proposal.volunteer.user
    if to_state == ACCEPTED:
        return proposals.answer(proposal, True, tidgiver, source=AnswerSource.MIN_SIDE)
    if to_state == DECLINED:
        return proposals.answer(proposal, False, tidgiver, source=AnswerSource.SMS, reason="Har ikke tid")
    if to_state == EXPIRED:
        return proposals.expire(proposal)
    if to_state == WITHDRAWN:
        return proposals.withdraw(proposal, coordinator, reason="Deltakeren ombestemte seg")
    if to_state == MATCHED:
        return matches.activate(proposal, coordinator)
    raise AssertionError(to_state)


@pytest.mark.parametrize(("from_state", "to_state"), sorted(PROPOSAL_ALLOWED))
def test_proposal_allowed_move_changes_state_and_writes_event(
    participant, volunteer, coordinator, from_state, to_state
):
    deadline = -1 if to_state == EXPIRED else 7
    proposal = make_proposal(participant, volunteer, state=from_state, deadline_in_days=deadline)

    _move_proposal(proposal, to_state, coordinator)

    proposal.refresh_from_db()
    assert proposal.state == to_state
    event = ProposalEvent.objects.get(proposal=proposal)
    assert (event.from_state, event.to_state, event.unit_id) == (from_state, to_state, participant.unit_id)


@pytest.mark.parametrize(("from_state", "to_state"), PROPOSAL_FORBIDDEN)
def test_proposal_forbidden_move_raises_and_changes_nothing(participant, volunteer, coordinator, from_state, to_state):
    deadline = -1 if to_state == EXPIRED else 7
    proposal = make_proposal(participant, volunteer, state=from_state, deadline_in_days=deadline)

    with pytest.raises(MatchingError):
        _move_proposal(proposal, to_state, coordinator)

    proposal.refresh_from_db()
    assert proposal.state == from_state
    assert not ProposalEvent.objects.filter(proposal=proposal).exists()
    assert not Match.objects.exists()


def _move_match(match, to_state, coordinator):
    if to_state == PAUSED:
        return matches.pause(match, coordinator, reason="Ferie")
    if to_state == ACTIVE:
        return matches.resume(match, coordinator)
    if to_state == CLOSED:
        return matches.close(match, coordinator, "moved", "yes", "Flyttet til Bergen")
    raise AssertionError(to_state)


@pytest.mark.parametrize(("from_state", "to_state"), sorted(MATCH_ALLOWED))
def test_match_allowed_move_changes_state_and_writes_event(participant, volunteer, coordinator, from_state, to_state):
    match = make_match(participant, volunteer, state=from_state)

    assert _move_match(match, to_state, coordinator) is True

    match.refresh_from_db()
    assert match.state == to_state
    event = MatchEvent.objects.get(match=match)
    assert (event.actor, event.from_state, event.to_state) == (coordinator, from_state, to_state)


@pytest.mark.parametrize(("from_state", "to_state"), MATCH_FORBIDDEN)
def test_match_forbidden_move_raises_and_changes_nothing(participant, volunteer, coordinator, from_state, to_state):
    match = make_match(participant, volunteer, state=from_state)

    with pytest.raises(MatchingError):
        _move_match(match, to_state, coordinator)

    match.refresh_from_db()
    assert match.state == from_state
    assert not MatchEvent.objects.filter(match=match).exists()


@pytest.mark.parametrize("state", [ACTIVE, PAUSED, CLOSED])
def test_match_move_to_same_state_is_a_no_op(participant, volunteer, coordinator, state):
    match = make_match(participant, volunteer, state=state)

    assert _move_match(match, state, coordinator) is False
    assert not MatchEvent.objects.filter(match=match).exists()


@pytest.mark.parametrize("state", [ACCEPTED, DECLINED, EXPIRED, WITHDRAWN])
def test_proposal_move_to_same_state_is_a_no_op(participant, volunteer, coordinator, state):
    proposal = make_proposal(participant, volunteer, state=state, deadline_in_days=-1 if state == EXPIRED else 7)

    assert _move_proposal(proposal, state, coordinator) is False
    assert not ProposalEvent.objects.filter(proposal=proposal).exists()


def test_proposal_states_cover_every_choice():
    assert set(PROPOSAL_STATES) == set(ProposalState.values)
    assert {ACTIVE, PAUSED, CLOSED} == set(MatchState.values)
