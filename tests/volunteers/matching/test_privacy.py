"""Matching's part of "download my data" and "delete me": display names only, active matches block, text goes."""

from volunteers.matching import privacy
from volunteers.matching.enums import ProposalState
from volunteers.matching.models import Proposal

from .conftest import make_match, make_proposal


def test_collect_gives_participants_display_name_only(participant, volunteer):
    participant.what_would_help = "Noe privat"
    participant.save()
    make_proposal(participant, volunteer, state=ProposalState.DECLINED)
    make_match(participant, volunteer, state="closed")

    data = privacy.collect(volunteer.user)

    text = str(data)
    assert "Ali" in text
    assert participant.code not in text
    assert "Noe privat" not in text
    assert len(data["Matchforslag"]) == 1
    assert len(data["Matcher"]) == 1


def test_blocks_erasure_while_a_match_is_open(participant, volunteer):
    assert privacy.blocks_erasure(volunteer.user) is None
    match = make_match(participant, volunteer)

    assert privacy.blocks_erasure(volunteer.user) == (
        "Du har en aktiv match. Koordinatoren avslutter den før dataene dine kan slettes."
    )

    match.state, match.closed_on, match.closure_reason, match.rematch = "closed", match.started_on, "moved", "yes"
    match.save()
    assert privacy.blocks_erasure(volunteer.user) is None


def test_blocks_erasure_while_a_proposal_is_open(participant, volunteer):
    make_proposal(participant, volunteer)

    assert privacy.blocks_erasure(volunteer.user).startswith("Du har et åpent matchforslag.")


def test_erase_removes_what_the_person_wrote_and_keeps_the_rows(participant, volunteer):
    proposal = make_proposal(participant, volunteer, state=ProposalState.DECLINED)
    proposal.decline_reason = "Har det travelt på jobb"
    proposal.save()

    privacy.erase(volunteer.user)

    proposal.refresh_from_db()
    assert (proposal.state, proposal.decline_reason) == (ProposalState.DECLINED, "")
    assert Proposal.objects.count() == 1
