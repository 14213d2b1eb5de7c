"""Deleting a participant erases the person and keeps an anonymous row for the funder report."""

import pytest
from django.contrib.contenttypes.models import ContentType
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from volunteers.enums import LifeArea
from volunteers.participants.domain import erasure
from volunteers.participants.domain.errors import ParticipantError
from volunteers.participants.enums import ParticipantStatus
from volunteers.participants.models import GoalScore, LifeSatisfaction, Participant

from .back_office import LISTING, form_data, register

pytestmark = pytest.mark.django_db


def test_erasure_through_delete_keeps_anonymous_row(staff_client, unit, coordinator):
    participant = register(
        unit,
        coordinator,
        display_name="Ali",
        code="DR-1",
        responsible=coordinator,
        municipality="Drammen",
        what_would_help="Noen å gå på kino med.",
        life_areas=[LifeArea.MONEY, LifeArea.HOUSING],
        goals=[("Ha oversikt over regningene", -1), ("Flytte", 1)],
    )
    start = participant.start_date
    response = staff_client.post(f"{LISTING}{participant.pk}/delete/")

    assert response.status_code == 302
    row = Participant.objects.get(pk=participant.pk)
    assert (row.display_name, row.code, row.responsible, row.municipality, row.what_would_help) == (
        "",
        "",
        None,
        "",
        "",
    )
    assert row.erased_at is not None
    assert (row.unit, row.start_date, row.status) == (unit, start, ParticipantStatus.ENDED)
    assert [area.life_area for area in row.life_areas.order_by("rank")] == [LifeArea.MONEY, LifeArea.HOUSING]
    assert list(row.goals.order_by("number").values_list("number", "text")) == [(1, ""), (2, "")]
    assert sorted(GoalScore.objects.filter(participant=row).values_list("score", flat=True)) == [-1, 1]
    assert list(LifeSatisfaction.objects.filter(participant=row).values_list("score", flat=True)) == [5]
    assert (row.interests.count(), row.languages.count(), row.slots.count()) == (0, 0, 0)


def test_erasure_renames_the_wagtail_history_entries(staff_client, unit, coordinator):
    staff_client.post(LISTING + "new/", form_data(unit, display_name="Ali"))
    participant = Participant.objects.get()
    log(participant, "wagtail.edit", user=coordinator)  # labelled with str(participant): "Ali"
    staff_client.post(f"{LISTING}{participant.pk}/delete/")
    labels = ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(Participant), object_id=str(participant.pk)
    ).values_list("label", flat=True)
    assert sorted(labels) == sorted(
        [f"Deltaker {participant.pk}", "–", "–"]
    )  # created, edited; then the erasure's own entry


def test_erasure_removes_the_record_from_every_back_office_view(staff_client, unit, coordinator):
    participant = register(unit, code="DR-1")
    erasure.erase(participant, actor=coordinator)
    for url in (
        f"{LISTING}{participant.pk}/",
        f"{LISTING}{participant.pk}/edit/",
        f"{LISTING}{participant.pk}/delete/",
    ):
        assert staff_client.get(url).status_code == 404


def test_erasure_twice_changes_nothing_the_second_time(unit, coordinator):
    participant = register(unit, code="DR-1")
    assert erasure.erase(participant, actor=coordinator) is True
    assert erasure.erase(participant, actor=coordinator) is False


def test_erasure_of_a_matched_participant_is_refused(staff_client, unit, coordinator):
    participant = register(unit, display_name="Ali", code="DR-1")
    Participant.objects.filter(pk=participant.pk).update(status=ParticipantStatus.MATCHED)
    with pytest.raises(ParticipantError):
        erasure.erase(participant, actor=coordinator)
    response = staff_client.post(f"{LISTING}{participant.pk}/delete/")
    assert response.status_code == 302
    assert Participant.objects.get(pk=participant.pk).display_name == "Ali"


def test_erasure_by_another_units_coordinator_is_404(client_as, unit):
    participant = register(unit, display_name="Ali", code="DR-1")
    assert client_as("other_coordinator").post(f"{LISTING}{participant.pk}/delete/").status_code == 404
    assert Participant.objects.get(pk=participant.pk).erased_at is None
