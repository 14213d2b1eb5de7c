"""Registering and editing a participant: consent recorded by the logged-in user, goals scored at intake,
the status never written by the form, extra POST fields ignored, another unit's record a 404."""

import datetime

import pytest
from django.utils import timezone

from tests import factories
from volunteers.enums import LifeArea
from volunteers.participants.enums import ParticipantStatus, ScoreOccasion
from volunteers.participants.models import GoalScore, LifeSatisfaction, Participant

from .back_office import LISTING, form_data, register

pytestmark = pytest.mark.django_db

NEW = LISTING + "new/"


def edit_url(participant):
    return f"{LISTING}{participant.pk}/edit/"


def test_create_participant_with_goals_scored_at_intake(staff_client, unit, coordinator):
    response = staff_client.post(NEW, form_data(unit, responsible=str(coordinator.pk)))

    participant = Participant.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"{LISTING}{participant.pk}/"
    assert (participant.display_name, participant.code, participant.unit, participant.responsible) == (
        "Ali",
        "DR-0042",
        unit,
        coordinator,
    )
    assert participant.status == ParticipantStatus.WAITING
    assert participant.waiting_since == timezone.localdate()
    assert [(a.rank, a.life_area) for a in participant.life_areas.order_by("rank")] == [(1, "network"), (2, "leisure")]
    assert sorted(participant.slots.values_list("weekday", "day_part")) == [("sat", "afternoon"), ("tue", "evening")]
    assert [(g.number, g.text) for g in participant.goals.order_by("number")] == [
        (1, "Gå på kino en gang i måneden"),
        (2, "Bli med i et kor"),
    ]
    assert list(GoalScore.objects.order_by("goal__number").values_list("goal__number", "score", "occasion")) == [
        (1, -1, ScoreOccasion.INTAKE),
        (2, -2, ScoreOccasion.INTAKE),
    ]
    assert list(LifeSatisfaction.objects.values_list("score", "occasion")) == [(4, ScoreOccasion.INTAKE)]


def test_create_records_consent_by_the_logged_in_user(staff_client, unit, coordinator):
    other = factories.make_member(unit, "coordinator", first_name="Annen")
    staff_client.post(NEW, form_data(unit, consent_recorded_by=str(other.pk)))

    participant = Participant.objects.get()
    assert (participant.consent_given_on, participant.consent_text_version, participant.consent_recorded_by) == (
        timezone.localdate(),
        "1",
        coordinator,
    )


def test_create_ignores_extra_post_fields(staff_client, unit, other_unit):
    extra = {"status": "matched", "erased_at": "2026-01-01T00:00", "waiting_since": "2020-01-01", "created_at": "x"}
    staff_client.post(NEW, form_data(unit, **extra))

    participant = Participant.objects.get()
    assert (participant.status, participant.erased_at, participant.waiting_since) == (
        ParticipantStatus.WAITING,
        None,
        timezone.localdate(),
    )


def test_create_in_another_coordinators_unit_is_refused(staff_client, unit, other_unit):
    response = staff_client.post(NEW, form_data(other_unit))
    assert response.status_code == 200
    assert "unit" in response.context["form"].errors
    assert Participant.objects.count() == 0


def test_create_without_consent_or_goal_is_refused(staff_client, unit):
    response = staff_client.post(
        NEW, form_data(unit, consent_given_on="", goal_1="", goal_1_score="", goal_2="", goal_2_score="")
    )
    errors = response.context["form"].errors
    assert sorted(errors) == ["consent_given_on", "goal_1"]
    assert Participant.objects.count() == 0


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"priority_2": "network"}, "Hvert livsområde kan bare ha én prioritet."),
        ({"priority_1": "", "priority_2": "money"}, "Fyll inn prioritetene ovenfra, uten hull."),
        ({"goal_1": "", "goal_1_score": ""}, "Fyll inn målene i rekkefølge, og begynn med hovedmål 1."),
    ],
)
def test_create_refuses_gaps_and_duplicates(staff_client, unit, overrides, message):
    response = staff_client.post(NEW, form_data(unit, **overrides))
    assert response.status_code == 200
    assert message in response.context["form"].non_field_errors()
    assert Participant.objects.count() == 0


def test_create_refuses_a_score_without_goal(staff_client, unit):
    response = staff_client.post(NEW, form_data(unit, goal_3_score="1"))
    assert "goal_3_score" in response.context["form"].errors


def test_create_refuses_responsible_from_another_unit(staff_client, unit, other_coordinator):
    response = staff_client.post(NEW, form_data(unit, responsible=str(other_coordinator.pk)))
    assert "responsible" in response.context["form"].errors


def test_create_form_says_no_diagnoses_next_to_free_text(staff_client):
    text = staff_client.get(NEW).text
    assert text.count("Ikke skriv diagnoser, behandling eller straffehistorikk her.") >= 2
    assert "Alt i alt, hvor fornøyd" in text


def test_create_form_has_no_status_field(staff_client):
    form = staff_client.get(NEW).context["form"]
    assert "status" not in form.fields
    assert "consent_recorded_by" not in form.fields


def test_edit_changes_profile_but_not_status(staff_client, unit, coordinator):
    participant = register(unit, coordinator, display_name="Ali", code="DR-1")
    data = form_data(unit, display_name="Alex", code="DR-1", status="ended", goal_1="Gå på tur hver uke", goal_2="")
    data.pop("unit")
    response = staff_client.post(edit_url(participant), data)

    participant.refresh_from_db()
    assert response.status_code == 302
    assert (participant.display_name, participant.status, participant.unit) == ("Alex", ParticipantStatus.WAITING, unit)
    assert [area.life_area for area in participant.life_areas.order_by("rank")] == [LifeArea.NETWORK, LifeArea.LEISURE]


def test_edit_adds_a_goal_and_keeps_intake_scores(staff_client, unit, coordinator):
    participant = register(unit, coordinator, code="DR-1")
    data = form_data(unit, code="DR-1", goal_1="Gå på tur hver uke, gjerne lenger", goal_2="Lage middag selv")
    data.pop("unit")
    staff_client.post(edit_url(participant), data)

    assert [(g.number, g.text) for g in participant.goals.order_by("number")] == [
        (1, "Gå på tur hver uke, gjerne lenger"),
        (2, "Lage middag selv"),
    ]
    assert list(GoalScore.objects.values_list("goal__number", "score")) == [(1, -1)]


def test_edit_cannot_remove_a_goal(staff_client, unit, coordinator):
    participant = register(unit, coordinator, code="DR-1", goals=[("En", 0), ("To", 1)])
    data = form_data(unit, code="DR-1", goal_1="En", goal_2="")
    data.pop("unit")
    response = staff_client.post(edit_url(participant), data)
    assert response.status_code == 200
    assert participant.goals.count() == 2


def test_edit_new_consent_date_is_recorded_by_the_editor(staff_client, unit, coordinator):
    colleague = factories.make_member(unit, "coordinator", first_name="Kollega")
    participant = register(
        unit, colleague, code="DR-1", consent_given_on=timezone.localdate() - datetime.timedelta(days=3)
    )
    data = form_data(unit, code="DR-1", goal_1="Gå på tur hver uke", goal_2="")
    data.pop("unit")
    staff_client.post(edit_url(participant), data)
    participant.refresh_from_db()
    assert (participant.consent_given_on, participant.consent_recorded_by) == (timezone.localdate(), coordinator)


def test_edit_duplicate_code_in_unit_is_a_form_error(staff_client, unit, coordinator):
    register(unit, coordinator, code="DR-1")
    participant = register(unit, coordinator, code="DR-2")
    data = form_data(unit, code="DR-1", goal_1="Gå på tur hver uke", goal_2="")
    data.pop("unit")
    response = staff_client.post(edit_url(participant), data)
    assert "code" in response.context["form"].errors


def test_edit_another_units_participant_is_404(staff_client, other_unit):
    participant = register(other_unit, code="OS-1")
    assert staff_client.get(edit_url(participant)).status_code == 404
    data = form_data(other_unit, code="OS-1", display_name="Endret")
    assert staff_client.post(edit_url(participant), data).status_code == 404
    participant.refresh_from_db()
    assert participant.display_name == "Ali"
