"""Min side for the Tidgiver: open proposals to answer, active and ended matches; only their own."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories
from volunteers.matching.domain import matches
from volunteers.matching.enums import ProposalState
from volunteers.matching.models import FollowUp

from .conftest import make_match, make_proposal


@pytest.fixture
def tidgiver_client(client, volunteer):
    client.force_login(volunteer.user)
    return client


def test_minside_shows_open_proposal_with_minimal_facts(tidgiver_client, participant, volunteer, coordinator):
    participant.what_would_help = "Noen å gå på kino med"
    participant.age_band = "18_29"
    participant.save()
    proposal = make_proposal(participant, volunteer, proposed_by=coordinator)

    text = tidgiver_client.get("/min-side/").text

    assert "Vil du bli Tidgiver for Ali?" in text
    assert "Noen å gå på kino med" in text
    assert f'action="/match/forslag/{proposal.pk}/svar/"' in text
    assert f"JA {proposal.number}" in text
    assert participant.code not in text


def test_minside_answer_yes_accepts(tidgiver_client, participant, volunteer):
    proposal = make_proposal(participant, volunteer)

    response = tidgiver_client.post(f"/match/forslag/{proposal.pk}/svar/", {"answer": "yes"})

    proposal.refresh_from_db()
    assert response.status_code == 302
    assert (proposal.state, proposal.answer_source) == (ProposalState.ACCEPTED, "min_side")


def test_minside_answer_no_with_reason_declines(tidgiver_client, participant, volunteer):
    proposal = make_proposal(participant, volunteer)

    tidgiver_client.post(f"/match/forslag/{proposal.pk}/svar/", {"answer": "no", "reason": "Flytter snart"})

    proposal.refresh_from_db()
    assert (proposal.state, proposal.decline_reason) == (ProposalState.DECLINED, "Flytter snart")


def test_minside_answer_to_someone_elses_proposal_is_404(tidgiver_client, unit, participant):
    foreign = make_proposal(participant, factories.make_volunteer(unit))

    response = tidgiver_client.post(f"/match/forslag/{foreign.pk}/svar/", {"answer": "yes"})

    foreign.refresh_from_db()
    assert response.status_code == 404
    assert foreign.state == ProposalState.SENT


def test_minside_answer_get_is_not_allowed(tidgiver_client, participant, volunteer):
    proposal = make_proposal(participant, volunteer)

    assert tidgiver_client.get(f"/match/forslag/{proposal.pk}/svar/").status_code == 405


def test_minside_shows_active_match_with_shared_text_contact_and_next_follow_up(
    tidgiver_client, unit, participant, volunteer, coordinator
):
    proposal = make_proposal(participant, volunteer, state=ProposalState.ACCEPTED, proposed_by=coordinator)
    match = matches.activate(proposal, coordinator, shared_with_tidgiver="Liker fotball og kaffe.")
    due = FollowUp.objects.filter(match=match).order_by("due_on").first().due_on

    text = tidgiver_client.get("/min-side/").text

    assert "Liker fotball og kaffe." in text
    assert "kari@example.org" in text
    assert f"{due.day}. " in text
    assert "Aktive matcher" in text


def test_minside_shows_ended_match(tidgiver_client, participant, volunteer):
    make_match(participant, volunteer, state="closed")

    assert "Avsluttede matcher" in tidgiver_client.get("/min-side/").text


def test_minside_never_shows_other_tidgivers_matches(tidgiver_client, unit):
    other_participant = factories.make_participant(unit, display_name="Hemmelig")
    make_match(other_participant, factories.make_volunteer(unit))

    text = tidgiver_client.get("/min-side/").text

    assert "Hemmelig" not in text
    assert "Du har ingen match ennå." in text


def _queries(client):
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/min-side/").status_code == 200
    return len(queries)


def test_minside_matches_query_count_is_the_same_for_one_and_many(tidgiver_client, unit, volunteer):
    volunteer.matching_profile.capacity = 3
    volunteer.matching_profile.save()
    make_match(factories.make_participant(unit), volunteer)
    make_proposal(factories.make_participant(unit), volunteer)
    make_match(factories.make_participant(unit), volunteer, state="closed")
    _queries(tidgiver_client)  # the first page view creates the site's navigation settings row
    _queries(tidgiver_client)  # and the next one puts the menu in the cache
    one = _queries(tidgiver_client)
    for _ in range(3):
        make_match(factories.make_participant(unit), volunteer)
        make_proposal(factories.make_participant(unit), volunteer)
        make_match(factories.make_participant(unit), volunteer, state="closed")

    assert _queries(tidgiver_client) == one
