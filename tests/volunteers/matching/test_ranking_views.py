""" "Finn Tidgiver" in the back office: the ranked list, a candidate, proposing, and the cohort suggestions."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories
from volunteers.matching.enums import MatchState, ProposalState, Rematch
from volunteers.matching.models import Match, Proposal
from volunteers.participants.models import ParticipantAccessLog

from . import ranking_data as data
from .conftest import make_match, make_proposal

pytestmark = pytest.mark.django_db


def find_url(participant):
    return f"/admin/matching/find/{participant.pk}/"


def candidate_url(participant, volunteer):
    return f"/admin/matching/find/{participant.pk}/tidgiver/{volunteer.pk}/"


def propose_url(participant):
    return f"/admin/matching/find/{participant.pk}/propose/"


def rows(response, selector="[data-candidates] tbody tr"):
    return BeautifulSoup(response.content, "html.parser").select(selector)


@pytest.fixture
def ali(unit):
    return data.participant(unit, display_name="Ali", interests=["kino", "fotball"], municipality="Drammen")


@pytest.fixture
def four(unit):
    """Four Tidgivere in a known order: Kari (both interests), Per (one, waited longer), Liv (one), Ola (none)."""
    return [
        data.tidgiver(unit, first_name="Kari", interests=["kino", "fotball"], municipality="Drammen"),
        data.tidgiver(unit, first_name="Per", interests=["kino"], approved_days_ago=3),
        data.tidgiver(unit, first_name="Liv", interests=["fotball"]),
        data.tidgiver(unit, first_name="Ola"),
    ]


def test_find_page_lists_candidates_in_order_with_reasons(staff_client, ali, four):
    response = staff_client.get(find_url(ali))

    assert response.status_code == 200
    found = rows(response)
    assert [row.select("td")[1].a.get_text(strip=True) for row in found] == [
        "Kari Person",
        "Per Person",
        "Liv Person",
        "Ola Person",
    ]
    assert [row.select_one(".score").get_text(strip=True) for row in found] == ["50", "25", "25", "10"]
    assert [li.get_text() for li in found[0].select("[data-reasons] li")] == [
        "Felles interesser: fotball, kino (+30)",
        "Bor i samme kommune (+10)",
        "Har ingen match nå (+10)",
    ]
    # The top three are proposed with one button; the fourth is opened first (a reason is asked for there).
    assert [bool(row.select("form button")) for row in found] == [True, True, True, False]


def test_find_page_logs_the_view_of_the_participant(staff_client, coordinator, ali):
    staff_client.get(find_url(ali))

    staff_client.get(candidate_url(ali, data.tidgiver(ali.unit)))

    assert list(ParticipantAccessLog.objects.order_by("pk").values_list("participant", "user", "page")) == [
        (ali.pk, coordinator.pk, "find_tidgiver"),
        (ali.pk, coordinator.pk, "find_tidgiver_candidate"),
    ]


def test_find_page_of_another_units_participant_is_404(staff_client, other_unit):
    foreign = data.participant(other_unit)

    assert staff_client.get(find_url(foreign)).status_code == 404
    assert staff_client.get(f"/admin/matching/find/{foreign.pk + 1000}/").status_code == 404
    assert ParticipantAccessLog.objects.count() == 0


def test_find_page_of_an_erased_participant_is_404(staff_client, ali):
    from django.utils import timezone

    type(ali).objects.filter(pk=ali.pk).update(erased_at=timezone.now())

    assert staff_client.get(find_url(ali)).status_code == 404


def test_find_page_query_count_does_not_grow_with_the_pool(staff_client, unit, ali):
    data.tidgiver(unit, interests=["kino"], slots=[("mon", "evening")])
    staff_client.get(find_url(ali))  # warm up the session, menu and site caches
    with CaptureQueriesContext(connection) as one:
        assert len(rows(staff_client.get(find_url(ali)))) == 1
    for number in range(30):
        data.tidgiver(unit, interests=["kino"] if number % 2 else ["fotball"], competencies=[("bolig", "housing")])

    with CaptureQueriesContext(connection) as many:
        assert len(rows(staff_client.get(find_url(ali)))) == 20

    assert len(many) == len(one)


def test_find_page_with_an_open_proposal_offers_no_proposing(staff_client, ali, four):
    make_proposal(ali, four[3], state=ProposalState.SENT)

    response = staff_client.get(find_url(ali))

    assert rows(response, "[data-open-proposal]")
    assert not rows(response, "[data-candidates] form")


def test_candidate_page_shows_the_profile_and_asks_for_a_reason_outside_the_top_three(staff_client, ali, four):
    top = staff_client.get(candidate_url(ali, four[0]))
    fourth = staff_client.get(candidate_url(ali, four[3]))

    assert top.status_code == fourth.status_code == 200
    assert rows(top, "[data-place]")[0].get_text(strip=True) == "Plass 1 av 4 kandidater, 50 poeng."
    assert not rows(top, "[name=override_reason]")
    assert rows(fourth, "[data-place]")[0].get_text(strip=True) == "Plass 4 av 4 kandidater, 10 poeng."
    assert rows(fourth, "textarea[name=override_reason]")


def test_candidate_page_of_someone_the_hard_filters_leave_out_is_404(staff_client, unit, other_unit, ali):
    paused = data.tidgiver(unit, paused=True)
    elsewhere = data.tidgiver(other_unit)

    assert staff_client.get(candidate_url(ali, paused)).status_code == 404
    assert staff_client.get(candidate_url(ali, elsewhere)).status_code == 404


def test_propose_from_the_top_three_sends_the_proposal(staff_client, coordinator, ali, four):
    response = staff_client.post(propose_url(ali), {"volunteer": four[1].pk, "back": "find"})

    assert (response.status_code, response["Location"]) == (302, find_url(ali))
    proposal = Proposal.objects.get()
    assert (proposal.volunteer, proposal.rank, proposal.score, proposal.proposed_by) == (four[1], 2, 25, coordinator)
    assert [reason["points"] for reason in proposal.reasons] == [15, 0, 10]


def test_propose_outside_the_top_three_without_a_reason_saves_nothing(staff_client, ali, four):
    response = staff_client.post(propose_url(ali), {"volunteer": four[3].pk, "back": "find"}, follow=True)

    assert Proposal.objects.count() == 0
    assert "Skriv en kort begrunnelse" in response.content.decode()


def test_propose_outside_the_top_three_stores_the_reason(staff_client, ali, four):
    staff_client.post(propose_url(ali), {"volunteer": four[3].pk, "override_reason": "Bor i samme gate."})

    proposal = Proposal.objects.get()
    assert (proposal.volunteer, proposal.rank, proposal.override_reason) == (four[3], 4, "Bor i samme gate.")


def test_propose_ignores_posted_score_and_rank(staff_client, ali, four):
    staff_client.post(propose_url(ali), {"volunteer": four[0].pk, "score": "999", "rank": "1", "reasons": "x"})

    assert Proposal.objects.values_list("score", "rank").get() == (50, 1)


def test_propose_for_another_units_participant_or_tidgiver_is_404(staff_client, unit, other_unit, ali):
    foreign = data.participant(other_unit)
    here, there = data.tidgiver(unit), data.tidgiver(other_unit)

    assert staff_client.post(propose_url(foreign), {"volunteer": here.pk}).status_code == 404
    assert staff_client.post(propose_url(ali), {"volunteer": there.pk, "override_reason": "x"}).status_code == 404
    assert Proposal.objects.count() == 0


@pytest.fixture
def greedy_trap(unit):
    """Greedy gives Ali (waiting longest) Anne (40) and Bo gets Bjørn (10): 50. The optimum is 25 + 40 = 65."""
    import datetime

    from django.utils import timezone

    today = timezone.localdate()
    ali = data.participant(unit, display_name="Ali", interests=["kino", "fotball"])
    bo = data.participant(unit, display_name="Bo", interests=["kino"])
    type(ali).objects.filter(pk=ali.pk).update(waiting_since=today - datetime.timedelta(days=30))
    type(bo).objects.filter(pk=bo.pk).update(waiting_since=today - datetime.timedelta(days=10))
    anne = data.tidgiver(unit, first_name="Anne", interests=["kino", "fotball"])
    bjorn = data.tidgiver(unit, first_name="Bjørn", interests=["fotball"])
    return ali, bo, anne, bjorn


def test_cohort_suggestions_take_the_best_total_not_the_greedy_choice(unit, greedy_trap):
    from volunteers.matching.domain import cohort

    ali, bo, anne, bjorn = greedy_trap

    result = cohort.suggest(unit)

    assert [(s.participant, s.volunteer, s.score, s.rank) for s in result.suggestions] == [
        (ali, bjorn, 25, 2),
        (bo, anne, 40, 1),
    ]
    assert (result.pool_size, result.free_places, result.without_suggestion) == (2, 2, [])


def test_cohort_suggestions_leave_out_participants_with_an_open_proposal_and_never_again_pairs(unit, greedy_trap):
    from volunteers.matching.domain import cohort

    ali, bo, anne, bjorn = greedy_trap
    make_proposal(bo, anne, state=ProposalState.DECLINED)
    closed = make_match(bo, bjorn, state=MatchState.CLOSED)
    Match.objects.filter(pk=closed.pk).update(rematch=Rematch.NO_LOW_ENGAGEMENT)
    carl = data.participant(unit, display_name="Carl")
    make_proposal(carl, factories.make_volunteer(unit), state=ProposalState.SENT)

    result = cohort.suggest(unit)

    # Bo may have neither Anne (declined) nor Bjørn (closed, not again); Carl has an open proposal.
    assert [(s.participant, s.volunteer) for s in result.suggestions] == [(ali, anne)]
    assert (result.without_suggestion, result.pool_size) == ([bo], 2)


def test_cohort_page_shows_the_suggestions_with_propose_buttons(staff_client, unit, greedy_trap):
    ali, bo, anne, bjorn = greedy_trap

    response = staff_client.get(f"/admin/matching/cohort/?unit={unit.pk}")

    found = rows(response, "[data-suggestions] tbody tr")
    assert [(int(row["data-participant"]), int(row["data-volunteer"])) for row in found] == [
        (ali.pk, bjorn.pk),
        (bo.pk, anne.pk),
    ]
    assert [bool(row.select("textarea[name=override_reason]")) for row in found] == [False, False]


def test_cohort_page_proposes_one_suggestion_and_comes_back(staff_client, unit, greedy_trap):
    ali, _bo, _anne, bjorn = greedy_trap

    response = staff_client.post(propose_url(ali), {"volunteer": bjorn.pk, "back": "cohort"})

    assert response["Location"] == f"/admin/matching/cohort/?unit={unit.pk}"
    assert Proposal.objects.values_list("participant", "volunteer", "rank").get() == (ali.pk, bjorn.pk, 2)


def test_cohort_page_for_another_unit_is_404(staff_client, other_unit):
    assert staff_client.get(f"/admin/matching/cohort/?unit={other_unit.pk}").status_code == 404


def test_cohort_page_query_count_does_not_grow_with_the_pool(staff_client, unit, greedy_trap):
    url = f"/admin/matching/cohort/?unit={unit.pk}"
    staff_client.get(url)
    with CaptureQueriesContext(connection) as few:
        staff_client.get(url)
    for _ in range(20):
        data.tidgiver(unit, interests=["kino"])

    with CaptureQueriesContext(connection) as many:
        staff_client.get(url)

    assert len(many) == len(few)


def test_participant_page_links_to_find_a_tidgiver_while_waiting(staff_client, ali):
    from volunteers.participants.enums import ParticipantStatus

    page = staff_client.get(f"/admin/participants/{ali.pk}/")
    type(ali).objects.filter(pk=ali.pk).update(status=ParticipantStatus.MATCHED)
    matched = staff_client.get(f"/admin/participants/{ali.pk}/")

    assert [a["href"] for a in rows(page, "[data-find-tidgiver]")] == [find_url(ali)]
    assert rows(matched, "[data-find-tidgiver]") == []
