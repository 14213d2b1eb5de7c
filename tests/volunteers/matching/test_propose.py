"""propose(): each guard refuses with a clear message and saves nothing; a good pair is asked by the outbox."""

import datetime

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from notifications.models import OutboundMessage
from tests import factories
from volunteers.matching.domain import matches, proposals
from volunteers.matching.domain.errors import Blocked
from volunteers.matching.enums import MatchState, ProposalState
from volunteers.matching.models import MatchingProfile, Proposal, ProposalEvent
from volunteers.models import Interest
from volunteers.participants.enums import ParticipantStatus

from .conftest import make_match, make_proposal


def _refused(participant, volunteer, by, **kwargs):
    kwargs.setdefault("rank", 1)
    with pytest.raises(Blocked) as caught:
        proposals.propose(participant, volunteer, by, **kwargs)
    assert not Proposal.objects.filter(participant=participant, state=ProposalState.SENT).exists() or kwargs.get(
        "keep_open"
    )
    return caught.value.reasons


def test_propose_saves_sent_proposal_with_snapshot_event_and_message(participant, volunteer, coordinator):
    participant.interests.set(Interest.objects.filter(slug__in=["culture", "sport_outdoor"]))
    participant.what_would_help = "Noen å gå tur med"
    participant.age_band = "30_44"
    participant.save()
    reasons = [{"label": "Felles interesser: kino", "points": 30}]

    proposal = proposals.propose(participant, volunteer, coordinator, score=30, reasons=reasons, rank=1)

    assert (proposal.state, proposal.number, proposal.score, proposal.reasons, proposal.rank) == (
        ProposalState.SENT,
        1,
        30,
        reasons,
        1,
    )
    assert proposal.deadline - proposal.sent_at == datetime.timedelta(days=7)
    event = ProposalEvent.objects.get(proposal=proposal)
    assert (event.actor, event.from_state, event.to_state) == (coordinator, "", ProposalState.SENT)
    email = OutboundMessage.objects.get(template_key="matching.proposal", channel="email")
    assert email.address == "tone.tidgiver@example.org"
    assert "Ali" in email.subject
    for expected in ("30–44", "Drammen", "Kultur, Sport og friluftsliv", "Noen å gå tur med", "JA 1", "NEI 1"):
        assert expected in email.body
    assert "P-" not in email.body  # never the internal code


def test_propose_numbers_run_per_person(unit, coordinator, volunteer):
    volunteer.matching_profile.capacity = 3
    volunteer.matching_profile.save()
    first = proposals.propose(factories.make_participant(unit), volunteer, coordinator, rank=1)
    second = proposals.propose(factories.make_participant(unit), volunteer, coordinator, rank=1)

    assert (first.number, second.number) == (1, 2)


def test_propose_refuses_a_paused_tidgiver(participant, volunteer, coordinator):
    MatchingProfile.objects.filter(volunteer=volunteer).update(paused=True)
    volunteer.refresh_from_db()

    assert _refused(participant, volunteer, coordinator) == ["Tidgiveren har pause."]


def test_propose_refuses_a_tidgiver_paused_until_a_later_date(participant, volunteer, coordinator):
    back = timezone.localdate() + datetime.timedelta(days=3)
    MatchingProfile.objects.filter(volunteer=volunteer).update(paused=True, paused_until=back)
    volunteer.refresh_from_db()

    assert _refused(participant, volunteer, coordinator) == [f"Tidgiveren har pause til {back:%d.%m.%Y}."]


def test_propose_allows_a_tidgiver_whose_pause_ended_today(participant, volunteer, coordinator):
    MatchingProfile.objects.filter(volunteer=volunteer).update(paused=True, paused_until=timezone.localdate())
    volunteer.refresh_from_db()

    assert proposals.propose(participant, volunteer, coordinator, rank=1).state == ProposalState.SENT


def test_propose_refuses_a_tidgiver_at_capacity_with_an_active_match(unit, participant, volunteer, coordinator):
    make_match(factories.make_participant(unit), volunteer, state=MatchState.ACTIVE)

    assert _refused(participant, volunteer, coordinator) == ["Tidgiveren har ikke plass til en match til (1 av 1)."]


def test_propose_counts_an_open_proposal_against_capacity(unit, participant, volunteer, coordinator):
    make_proposal(factories.make_participant(unit), volunteer, state=ProposalState.ACCEPTED)

    assert _refused(participant, volunteer, coordinator) == ["Tidgiveren har ikke plass til en match til (1 av 1)."]


def test_propose_ignores_closed_matches_for_capacity(unit, participant, volunteer, coordinator):
    make_match(factories.make_participant(unit), volunteer, state=MatchState.CLOSED)

    assert proposals.propose(participant, volunteer, coordinator, rank=1).state == ProposalState.SENT


def test_propose_refuses_an_untrained_tidgiver(participant, volunteer, coordinator, home_page):
    from training.models import TrainingModulePage
    from training.seed import index_page

    module = TrainingModulePage(title="Grensesetting", slug="grensesetting", body=[], required_before_approval=True)
    index_page().add_child(instance=module)
    module.save_revision().publish()

    assert _refused(participant, volunteer, coordinator) == ["Tidgiveren har ikke fullført den påkrevde opplæringen."]


def test_propose_refuses_a_pair_from_two_units(participant, other_unit, coordinator):
    foreign = factories.make_volunteer(other_unit)

    assert _refused(participant, foreign, coordinator) == ["Tidgiveren og deltakeren er ikke i samme enhet."]


@pytest.mark.parametrize("status", ["paused", "ended"])
def test_propose_refuses_an_ended_or_paused_tidgiver_profile(unit, participant, coordinator, status):
    volunteer = factories.make_volunteer(unit, status=status)

    assert _refused(participant, volunteer, coordinator) == ["Tidgiveren er ikke en aktiv, godkjent Tidgiver."]


@pytest.mark.parametrize("status", ["matched", "paused", "ended"])
def test_propose_refuses_a_participant_who_is_not_waiting(participant, volunteer, coordinator, status):
    label = ParticipantStatus(status).label
    participant.status = status
    participant.save()

    assert _refused(participant, volunteer, coordinator) == [
        f"Deltakeren venter ikke på en Tidgiver (status: {label})."
    ]


def test_propose_refuses_an_erased_participant(participant, volunteer, coordinator):
    participant.erased_at = timezone.now()
    participant.save()

    assert _refused(participant, volunteer, coordinator) == ["Deltakeren er slettet."]


def test_propose_refuses_a_second_open_proposal_for_the_participant(unit, participant, volunteer, coordinator):
    make_proposal(participant, factories.make_volunteer(unit), state=ProposalState.SENT)

    with pytest.raises(Blocked) as caught:
        proposals.propose(participant, volunteer, coordinator, rank=1)

    assert caught.value.reasons == ["Deltakeren har allerede et åpent forslag. Trekk det tilbake først."]
    assert Proposal.objects.filter(participant=participant).count() == 1


def test_propose_refuses_a_tidgiver_who_declined_this_participant(participant, volunteer, coordinator):
    make_proposal(participant, volunteer, state=ProposalState.DECLINED)

    assert _refused(participant, volunteer, coordinator) == [
        "Denne Tidgiveren skal ikke foreslås for denne deltakeren igjen."
    ]


@pytest.mark.parametrize("rematch", ["no_low_engagement", "no_safety"])
def test_propose_refuses_a_pair_closed_do_not_rematch(participant, volunteer, coordinator, rematch):
    match = make_match(participant, volunteer, state=MatchState.ACTIVE)
    matches.close(match, coordinator, "tidgiver_ended", rematch, "")
    participant.refresh_from_db()
    assert participant.status == ParticipantStatus.WAITING

    assert _refused(participant, volunteer, coordinator) == [
        "Denne Tidgiveren skal ikke foreslås for denne deltakeren igjen."
    ]


def test_propose_allows_a_pair_closed_with_rematch_yes(participant, volunteer, coordinator):
    match = make_match(participant, volunteer, state=MatchState.ACTIVE)
    matches.close(match, coordinator, "moved", "yes", "")
    participant.refresh_from_db()

    assert proposals.propose(participant, volunteer, coordinator, rank=2).state == ProposalState.SENT


@pytest.mark.parametrize("rank", [4, None])
def test_propose_outside_top_three_needs_a_reason(participant, volunteer, coordinator, rank):
    assert _refused(participant, volunteer, coordinator, rank=rank) == [
        "Skriv en kort begrunnelse når du velger en Tidgiver utenfor de tre øverste."
    ]
    proposal = proposals.propose(participant, volunteer, coordinator, rank=rank, override_reason="Kjenner bydelen")

    assert proposal.override_reason == "Kjenner bydelen"
    assert ProposalEvent.objects.get(proposal=proposal).reason == "Kjenner bydelen"


def test_propose_youth_tidgiver_refused_where_unit_takes_no_youth(unit, participant, coordinator):
    from tests.volunteers.conftest import make_application

    young = datetime.date.today().replace(year=datetime.date.today().year - 15)
    application = make_application(unit, state="approved", date_of_birth=young)
    volunteer = factories.make_volunteer(unit, user=application.user)
    volunteer.application = application
    volunteer.save()

    assert _refused(participant, volunteer, coordinator) == ["Enheten tar ikke imot unge Tidgivere."]


def test_propose_lists_every_reason_at_once(participant, volunteer, coordinator):
    MatchingProfile.objects.filter(volunteer=volunteer).update(paused=True)
    volunteer.refresh_from_db()
    participant.status = ParticipantStatus.ENDED
    participant.save()

    assert _refused(participant, volunteer, coordinator, rank=9) == [
        f"Deltakeren venter ikke på en Tidgiver (status: {ParticipantStatus.ENDED.label}).",
        "Tidgiveren har pause.",
        "Skriv en kort begrunnelse når du velger en Tidgiver utenfor de tre øverste.",
    ]


def test_propose_second_coordinator_gets_a_clear_error(unit, participant, volunteer, coordinator):
    other = factories.make_member(unit, "coordinator", first_name="Per")
    proposals.propose(participant, volunteer, coordinator, rank=1)

    with pytest.raises(Blocked) as caught:
        proposals.propose(participant, factories.make_volunteer(unit), other, rank=1)

    assert caught.value.reasons == ["Deltakeren har allerede et åpent forslag. Trekk det tilbake først."]


def test_one_open_proposal_per_participant_is_a_database_constraint(unit, participant, volunteer):
    make_proposal(participant, volunteer, state=ProposalState.SENT)

    with pytest.raises(IntegrityError), transaction.atomic():
        make_proposal(participant, factories.make_volunteer(unit), state=ProposalState.ACCEPTED)


def test_propose_without_matching_profile_uses_capacity_one(unit, participant, coordinator):
    volunteer = factories.make_volunteer(unit, profile=False)

    proposal = proposals.propose(participant, volunteer, coordinator, rank=1)

    assert proposal.state == ProposalState.SENT
    assert _refused(factories.make_participant(unit), volunteer, coordinator) == [
        "Tidgiveren har ikke plass til en match til (1 av 1)."
    ]
