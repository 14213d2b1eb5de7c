"""Explained candidate ranking: each hard filter, the exact score breakdown of a known pair, order and weights."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from portal.org.enums import Role
from tests import factories
from training.models import ModuleProgress, TrainingModulePage
from volunteers.enums import AgeBand, Gender, VolunteerStatus, WishStrength
from volunteers.matching.domain import ranking
from volunteers.matching.domain.errors import Blocked
from volunteers.matching.enums import MatchState, ProposalState, Rematch
from volunteers.matching.models import Match, MatchingSettings, Proposal
from volunteers.models import Application

from . import ranking_data as data
from .conftest import make_match, make_proposal

pytestmark = pytest.mark.django_db


def eligible_names(participant):
    return sorted(ranking.eligible_for(participant).values_list("user__first_name", flat=True))


@pytest.fixture
def waiting(unit):
    return data.participant(unit, display_name="Ali")


@pytest.fixture
def baseline(unit):
    return data.tidgiver(unit, first_name="Anne")


def test_hard_filter_only_approved_and_active_tidgivere(unit, waiting, baseline):
    data.tidgiver(unit, first_name="Pål", status=VolunteerStatus.PAUSED)
    data.tidgiver(unit, first_name="Elin", status=VolunteerStatus.ENDED)
    unapproved = data.tidgiver(unit, first_name="Ulf")
    type(unapproved).objects.filter(pk=unapproved.pk).update(approved_at=None)
    inactive = data.tidgiver(unit, first_name="Ina")
    type(inactive.user).objects.filter(pk=inactive.user_id).update(is_active=False)

    assert eligible_names(waiting) == ["Anne"]


def test_hard_filter_required_training_complete(unit, waiting, baseline, home_page):
    from training.seed import index_page

    module = TrainingModulePage(title="Grensesetting", slug="grensesetting", body=[("text", "<p>Les dette.</p>")])
    index_page().add_child(instance=module)
    module.save_revision().publish()
    untrained = data.tidgiver(unit, first_name="Ulla")
    ModuleProgress.objects.create(
        user=baseline.user, module=module, attempt_count=1, passed_at=timezone.now(), passed_version=1
    )

    assert eligible_names(waiting) == ["Anne"]
    assert untrained.pk not in set(ranking.eligible_for(waiting).values_list("pk", flat=True))


@pytest.mark.parametrize(
    ("paused", "until_days", "eligible"),
    [(False, None, True), (True, None, False), (True, 3, False), (True, 0, True), (True, -2, True)],
)
def test_hard_filter_not_paused(unit, waiting, paused, until_days, eligible):
    until = None if until_days is None else timezone.localdate() + datetime.timedelta(days=until_days)
    data.tidgiver(unit, first_name="Pia", paused=paused, paused_until=until)

    assert eligible_names(waiting) == (["Pia"] if eligible else [])


def test_hard_filter_room_for_another_match(unit, waiting):
    other = factories.make_participant(unit)
    full = data.tidgiver(unit, first_name="Full")
    make_match(factories.make_participant(unit), full)
    asked = data.tidgiver(unit, first_name="Spurt")
    make_proposal(other, asked, state=ProposalState.SENT)
    roomy = data.tidgiver(unit, first_name="Plass", capacity=2)
    make_match(factories.make_participant(unit), roomy)
    freed = data.tidgiver(unit, first_name="Fri")
    make_match(factories.make_participant(unit), freed, state=MatchState.CLOSED)

    assert eligible_names(waiting) == ["Fri", "Plass"]


def test_hard_filter_same_unit(unit, other_unit, waiting, baseline):
    data.tidgiver(other_unit, first_name="Oslo")

    assert eligible_names(waiting) == ["Anne"]


def test_hard_filter_never_again_after_a_no_or_a_do_not_rematch_closure(unit, waiting, baseline):
    declined = data.tidgiver(unit, first_name="Nei")
    make_proposal(waiting, declined, state=ProposalState.DECLINED)
    expired = data.tidgiver(unit, first_name="Utløpt")
    make_proposal(waiting, expired, state=ProposalState.EXPIRED)
    unsafe, again = data.tidgiver(unit, first_name="Utrygg"), data.tidgiver(unit, first_name="Igjen")
    for volunteer, rematch in ((unsafe, Rematch.NO_SAFETY), (again, Rematch.YES)):
        match = make_match(waiting, volunteer, state=MatchState.CLOSED)
        Match.objects.filter(pk=match.pk).update(rematch=rematch)

    assert eligible_names(waiting) == ["Anne", "Igjen", "Utløpt"]
    # The "no" counts for this participant only.
    assert "Nei" in eligible_names(data.participant(unit))


@pytest.mark.parametrize(
    ("strength", "expected"), [(WishStrength.MUST, ["Kari"]), (WishStrength.PREFER, ["Kari", "Ola"])]
)
def test_hard_filter_must_wishes(unit, strength, expected):
    data.tidgiver(unit, first_name="Kari", gender=Gender.WOMAN, age_band=AgeBand.FROM_30)
    data.tidgiver(unit, first_name="Ola", gender=Gender.MAN, age_band=AgeBand.FROM_30)
    wants_woman = data.participant(unit, preferred_gender=Gender.WOMAN, gender_wish=strength)
    wants_young = data.participant(unit, preferred_age_band=AgeBand.FROM_18, age_wish=WishStrength.MUST)

    assert eligible_names(wants_woman) == expected
    assert eligible_names(wants_young) == []


@pytest.mark.parametrize(("youth_age", "eligible"), [(None, False), (13, True)])
def test_hard_filter_young_tidgivere_only_where_the_unit_takes_them(unit, youth_age, eligible):
    unit.youth_minimum_age = youth_age
    unit.save()
    young = data.tidgiver(unit, first_name="Ung")
    born = timezone.localdate().replace(year=timezone.localdate().year - 15)
    young.application = Application.objects.create(
        unit=unit, first_name="Ung", last_name="Tidgiver", email="ung@example.org", phone="+4741000999",
        postal_code="3015", date_of_birth=born, privacy_notice_version="2026-1", consented_at=timezone.now(),
        state="approved", guardian_name="Forelder",
    )  # fmt: skip
    young.save(update_fields=["application"])
    data.tidgiver(unit, first_name="Voksen")

    assert eligible_names(data.participant(unit)) == (["Ung", "Voksen"] if eligible else ["Voksen"])


@pytest.fixture
def known_pair(unit):
    """A participant and a Tidgiver who meet on every component (defaults: 30+25+20+10+10+15+10+10)."""
    person = data.participant(
        unit,
        display_name="Ali",
        interests=["fotball", "kino"],
        languages=["arabisk"],
        life_areas=["money", "network"],
        slots=[("tue", "evening"), ("thu", "evening")],
        municipality="Drammen",
        preferred_gender=Gender.WOMAN,
        gender_wish=WishStrength.PREFER,
        wants_lived_experience=True,
    )
    volunteer = data.tidgiver(
        unit,
        first_name="Tone",
        interests=["fotball", "kino", "svømming"],
        competencies=[("privatøkonomi", "money")],
        languages=["arabisk", "norsk"],
        slots=[("tue", "evening"), ("thu", "evening"), ("sat", "morning")],
        approved_days_ago=45,
        municipality="Drammen",
        gender=Gender.WOMAN,
        lived_experience=True,
        capacity=2,
    )
    return person, volunteer


def test_score_breakdown_of_a_known_pair(known_pair):
    person, volunteer = known_pair

    with translation.override("nb"):
        [candidate] = ranking.rank(person).candidates

    assert candidate.volunteer == volunteer
    assert (candidate.rank, candidate.score) == (1, 125)
    assert [(r["component"], r["points"], r["label"]) for r in candidate.reasons] == [
        ("interests", 30, "Felles interesser: fotball, kino (+30)"),
        ("competencies", 25, "Har erfaring med privatøkonomi, deltakerens viktigste livsområde (økonomi) (+25)"),
        ("availability", 20, "Kan tirsdag kveld, torsdag kveld, som deltakeren (+20)"),
        ("area", 10, "Bor i samme kommune (+10)"),
        ("language", 10, "Snakker arabisk, som deltakeren (+10)"),
        ("wishes", 15, "Som deltakeren ønsker: kvinne, egenerfaring (+15)"),
        ("load", 10, "Har ingen match nå (+10)"),
        ("waiting", 5, "Har ventet 45 dager på sin første match (+5)"),
    ]


def test_score_breakdown_partial_shares_and_load(unit, known_pair):
    person, volunteer = known_pair
    volunteer.matching_profile.interests.set([data.interest("kino")])
    volunteer.matching_profile.competencies.set([data.competency("nettverk", "network")])
    volunteer.availability_slots.exclude(weekday="tue").delete()
    volunteer.matching_profile.municipality = "Lier"
    volunteer.matching_profile.gender = Gender.MAN
    volunteer.matching_profile.save()
    make_match(factories.make_participant(unit), volunteer)

    with translation.override("nb"):
        [candidate] = ranking.rank(person).candidates

    assert [(r["component"], r["points"]) for r in candidate.reasons] == [
        ("interests", 15),  # 1 of 2
        ("competencies", 15),  # second most important life area: 0.6 × 25
        ("availability", 10),  # 1 of 2
        ("area", 0),
        ("language", 10),
        ("wishes", 8),  # 1 of 2 (7.5 rounds up)
        ("load", 5),  # 1 of 2 places in use
    ]
    assert candidate.score == 63
    assert candidate.reasons[-1]["label"] == "Har 1 av 2 plasser i bruk (+5)"


def test_rank_orders_by_score_then_longest_waiting(unit):
    person = data.participant(unit, interests=["kino"])
    data.tidgiver(unit, first_name="Ingen", approved_days_ago=200)
    data.tidgiver(unit, first_name="Kino", interests=["kino"], approved_days_ago=1)
    data.tidgiver(unit, first_name="Ny", approved_days_ago=10)
    data.tidgiver(unit, first_name="Gammel", approved_days_ago=20)
    # Waiting bonus after 200 days is capped at 10; "Ny" and "Gammel" differ by 1 point (1.1 vs 2.2 rounds).

    result = ranking.rank(person)

    assert [(c.volunteer.user.first_name, c.score) for c in result.candidates] == [
        ("Kino", 40),
        ("Ingen", 20),
        ("Gammel", 12),
        ("Ny", 11),
    ]
    assert [c.rank for c in result.candidates] == [1, 2, 3, 4]


def test_rank_uses_the_units_weights(unit, known_pair):
    person, _volunteer = known_pair
    MatchingSettings.objects.create(unit=unit, weight_interests=60, weight_waiting=0, weight_load=0)

    [candidate] = ranking.rank(person).candidates

    assert (candidate.reasons[0]["component"], candidate.reasons[0]["points"]) == ("interests", 60)
    assert candidate.score == 60 + 25 + 20 + 10 + 10 + 15


def test_rank_limit_and_include_give_the_true_place(unit):
    person = data.participant(unit, interests=["kino"])
    for number in range(5):
        data.tidgiver(unit, first_name=f"T{number}", interests=["kino"] if number < 4 else [])
    last = data.tidgiver(unit, first_name="Sist")

    result = ranking.rank(person, limit=2, include=last.pk)

    assert [c.rank for c in result.candidates] == [1, 2, 6]
    assert result.pool_size == 6


def test_rank_query_count_does_not_grow_with_the_pool(unit):
    person = data.participant(unit, interests=["kino"], languages=["norsk"], slots=[("mon", "evening")])
    data.tidgiver(unit, interests=["kino"], languages=["norsk"], slots=[("mon", "evening")])
    with CaptureQueriesContext(connection) as one:
        assert len(ranking.rank(person).candidates) == 1
    for _ in range(25):
        data.tidgiver(unit, interests=["kino"], competencies=[("bolig", "housing")], slots=[("mon", "evening")])

    with CaptureQueriesContext(connection) as many:
        assert len(ranking.rank(person).candidates) == ranking.SHOWN

    assert len(many) == len(one)


def test_propose_candidate_stores_score_reasons_and_place(unit, coordinator, known_pair):
    person, volunteer = known_pair

    proposal = ranking.propose_candidate(person, volunteer.pk, coordinator)

    assert (proposal.volunteer, proposal.score, proposal.rank, proposal.override_reason) == (volunteer, 125, 1, "")
    assert [reason["points"] for reason in proposal.reasons] == [30, 25, 20, 10, 10, 15, 10, 5]


def test_propose_candidate_outside_the_top_three_needs_a_reason(unit, coordinator):
    person = data.participant(unit, interests=["kino"])
    for _ in range(3):
        data.tidgiver(unit, interests=["kino"])
    fourth = data.tidgiver(unit, first_name="Fjerde")

    with pytest.raises(Blocked):
        ranking.propose_candidate(person, fourth.pk, coordinator)
    assert Proposal.objects.count() == 0

    proposal = ranking.propose_candidate(person, fourth.pk, coordinator, override_reason="Kjenner bydelen godt.")

    assert (proposal.rank, proposal.override_reason) == (4, "Kjenner bydelen godt.")


def test_propose_candidate_refuses_someone_the_hard_filters_leave_out(unit, other_unit, coordinator, waiting):
    paused = data.tidgiver(unit, paused=True)
    elsewhere = data.tidgiver(other_unit)

    for volunteer in (paused, elsewhere):
        with pytest.raises(ranking.NotACandidate):
            ranking.propose_candidate(waiting, volunteer.pk, coordinator, override_reason="Likevel")
    assert Proposal.objects.count() == 0


def test_rank_without_profile_data_gives_only_load(unit):
    person = factories.make_participant(unit)
    member = factories.make_member(unit, Role.TIDGIVER, first_name="Uten")
    volunteer = factories.make_volunteer(unit, user=member, profile=False)

    [candidate] = ranking.rank(person).candidates

    assert candidate.volunteer == volunteer
    # Nothing to compare, and approved today: no waiting bonus (its line only shows with points).
    assert [(r["component"], r["points"]) for r in candidate.reasons] == [("load", 10)]
