"""Fixtures for matching: a Tidgiver and a participant in one unit, proposals and matches in any state."""

import datetime

import pytest
from django.utils import timezone

from tests import factories
from volunteers.matching.enums import MatchState, ProposalState
from volunteers.matching.models import Match, Proposal
from volunteers.participants.enums import ParticipantStatus


@pytest.fixture
def volunteer(unit):
    return factories.make_volunteer(unit, first_name="Tone", email="tone.tidgiver@example.org")


@pytest.fixture
def participant(unit):
    return factories.make_participant(unit, display_name="Ali", municipality="Drammen")


def make_proposal(participant, volunteer, *, state=ProposalState.SENT, deadline_in_days=7, proposed_by=None):
    """A proposal row as the pipeline would have left it in `state` (set up directly, not through propose)."""
    now = timezone.now()
    number = Proposal.objects.filter(volunteer=volunteer).count() + 1
    return Proposal.objects.create(
        unit=participant.unit,
        participant=participant,
        volunteer=volunteer,
        number=number,
        state=state,
        sent_at=now - datetime.timedelta(days=1),
        deadline=now + datetime.timedelta(days=deadline_in_days),
        answered_at=now if state in (ProposalState.ACCEPTED, ProposalState.DECLINED) else None,
        proposed_by=proposed_by,
    )


def make_match(participant, volunteer, *, state=MatchState.ACTIVE, started_days_ago=30):
    fields = {}
    if state == MatchState.CLOSED:
        fields = {"closed_on": timezone.localdate(), "closure_reason": "goal_reached", "rematch": "yes"}
    else:
        participant.status = ParticipantStatus.MATCHED
        participant.save(update_fields=["status"])
    return Match.objects.create(
        unit=participant.unit,
        participant=participant,
        volunteer=volunteer,
        state=state,
        started_on=timezone.localdate() - datetime.timedelta(days=started_days_ago),
        **fields,
    )


# The signed-webhook fixtures of the notifications tests: a fake Twilio transport and noon in Oslo.
from tests.notifications.conftest import daytime, twilio  # noqa: E402, F401
