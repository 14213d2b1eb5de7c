"""The participant page: profile, goals with score history, status buttons through the domain, the home panel."""

import datetime

import pytest
from django.utils import timezone

from tests.volunteers.worklist import worklist
from volunteers.enums import LifeArea
from volunteers.participants.domain import goals as goals_domain
from volunteers.participants.enums import ParticipantStatus, ScoreOccasion
from volunteers.participants.models import GoalScore, LifeSatisfaction, Participant, ParticipantStatusChange

from .back_office import LISTING, register, staff_login, waiting_for

pytestmark = pytest.mark.django_db


def page(client, participant):
    response = client.get(f"{LISTING}{participant.pk}/")
    assert response.status_code == 200
    return response.text


def test_page_shows_profile_and_goal_score_history(staff_client, unit, coordinator):
    participant = register(
        unit,
        coordinator,
        display_name="Ali",
        code="DR-1",
        life_areas=[LifeArea.WORK_SCHOOL, LifeArea.NETWORK],
        goals=[("Komme i arbeidspraksis", -2)],
    )
    goal = participant.goals.get()
    goals_domain.record_scores(participant, {goal: 1}, 7, occasion=ScoreOccasion.FOLLOW_UP, actor=coordinator)

    text = page(staff_client, participant)

    assert "1. Komme i arbeidspraksis" in text
    assert text.index("−2 Mye mindre enn forventet") < text.index("+1 Mer enn forventet")
    assert "<li>Arbeid og skole</li>" in text and "<li>Nettverk</li>" in text
    assert text.count("(Kartleggingssamtale)") == 1  # the intake life satisfaction
    assert ": 7 (Oppfølging)" in text


def test_page_status_buttons_pause_and_restart(staff_client, unit, coordinator):
    participant = register(unit, code="DR-1")
    url = f"{LISTING}{participant.pk}/status/"

    staff_client.post(url, {"to_status": "paused", "reason": "Ferie"})
    assert Participant.objects.get(pk=participant.pk).status == ParticipantStatus.PAUSED
    staff_client.post(url, {"to_status": "waiting"})
    assert Participant.objects.get(pk=participant.pk).status == ParticipantStatus.WAITING
    assert list(ParticipantStatusChange.objects.order_by("pk").values_list("from_status", "to_status", "reason")) == [
        ("waiting", "paused", "Ferie"),
        ("paused", "waiting", ""),
    ]


def test_page_status_button_cannot_set_matched(staff_client, unit):
    participant = register(unit, code="DR-1")
    staff_client.post(f"{LISTING}{participant.pk}/status/", {"to_status": "matched"})
    assert Participant.objects.get(pk=participant.pk).status == ParticipantStatus.WAITING


def test_page_status_of_another_units_participant_is_404(client_as, other_unit):
    participant = register(other_unit, code="OS-1")
    response = client_as("coordinator").post(f"{LISTING}{participant.pk}/status/", {"to_status": "ended"})
    assert response.status_code == 404
    assert Participant.objects.get(pk=participant.pk).status == ParticipantStatus.WAITING


def test_home_worklist_counts_own_units_waiting_participants(staff_client, unit, other_unit):
    waiting_for(register(unit, display_name="Lengst", code="DR-1"), 31)
    waiting_for(register(unit, display_name="Kortest", code="DR-2"), 2)
    register(other_unit, display_name="Oskar", code="OS-1")

    text = staff_client.get("/admin/").text

    assert worklist(text, "worklist-participants") == {
        "deltakere som venter på en Tidgiver": (2, "/admin/participants/?status=waiting"),
        "har ventet mer enn 30 dager": (1, "/admin/participants/?waiting=30"),
    }
    assert "Lengst" not in text  # counts only: no participant's name on the home page


def test_home_worklist_link_lists_exactly_the_long_waiting(staff_client, unit):
    long_waiting = register(unit, display_name="Lengst", code="DR-1")
    waiting_for(long_waiting, 31)
    waiting_for(register(unit, display_name="Kortest", code="DR-2"), 2)

    listing = staff_client.get("/admin/participants/?waiting=30")

    assert [participant.pk for participant in listing.context["object_list"]] == [long_waiting.pk]


def test_home_worklist_for_superuser_counts_all_units(superuser, unit, other_unit):
    register(unit, code="DR-1")
    register(other_unit, code="OS-1")
    text = staff_login(superuser).get("/admin/").text
    assert worklist(text, "worklist-participants")["deltakere som venter på en Tidgiver"][0] == 2


def test_page_records_three_monthly_scores(staff_client, unit, coordinator):
    participant = register(unit, coordinator, code="DR-1", goals=[("Flytte", -1), ("Trene", 0)])
    first, second = participant.goals.order_by("number")
    day = timezone.localdate() - datetime.timedelta(days=1)

    response = staff_client.post(
        f"{LISTING}{participant.pk}/scores/",
        {"scored_on": day.isoformat(), f"goal_{first.pk}": "1", f"goal_{second.pk}": "", "life_satisfaction": "7"},
    )

    assert response.status_code == 302
    follow_ups = GoalScore.objects.filter(occasion=ScoreOccasion.FOLLOW_UP)
    assert list(follow_ups.values_list("goal__number", "score", "scored_on", "recorded_by")) == [
        (1, 1, day, coordinator.pk)
    ]
    assert list(
        LifeSatisfaction.objects.filter(occasion=ScoreOccasion.FOLLOW_UP).values_list("score", "answered_on")
    ) == [(7, day)]


def test_page_scores_without_any_score_saves_nothing(staff_client, unit):
    participant = register(unit, code="DR-1")
    staff_client.post(f"{LISTING}{participant.pk}/scores/", {"scored_on": timezone.localdate().isoformat()})
    assert GoalScore.objects.filter(occasion=ScoreOccasion.FOLLOW_UP).count() == 0


def test_page_scores_for_another_units_participant_is_404(client_as, other_unit):
    participant = register(other_unit, code="OS-1")
    goal = participant.goals.get()
    response = client_as("coordinator").post(f"{LISTING}{participant.pk}/scores/", {f"goal_{goal.pk}": "2"})
    assert response.status_code == 404
    assert GoalScore.objects.filter(occasion=ScoreOccasion.FOLLOW_UP).count() == 0


def test_page_of_a_waiting_participant_links_to_find_tidgiver(staff_client, unit, coordinator):
    waiting = register(unit, code="DR-1")
    paused = register(unit, code="DR-2")
    from volunteers.participants.domain.status import set_status

    set_status(paused, ParticipantStatus.PAUSED, actor=coordinator)
    assert f'href="/admin/matching/find/{waiting.pk}/" data-find-tidgiver' in page(staff_client, waiting)
    assert "data-find-tidgiver" not in page(staff_client, paused)
