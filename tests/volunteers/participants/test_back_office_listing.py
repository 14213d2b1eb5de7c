"""The Deltakere listing: own units only, filters, search by display name or code, query count."""

from urllib.parse import urlencode

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories
from volunteers.enums import LifeArea
from volunteers.participants.domain import erasure
from volunteers.participants.enums import ParticipantStatus

from .back_office import LISTING, register, staff_login, waiting_for

pytestmark = pytest.mark.django_db


def listed(client, query=""):
    response = client.get(LISTING + query)
    assert response.status_code == 200
    return {participant.display_name for participant in response.context["object_list"]}


def test_listing_shows_only_own_units_participants(staff_client, unit, other_unit):
    register(unit, display_name="Ali")
    register(other_unit, display_name="Oskar")
    assert listed(staff_client) == {"Ali"}


def test_listing_superuser_sees_every_unit(superuser, unit, other_unit):
    register(unit, display_name="Ali")
    register(other_unit, display_name="Oskar")
    assert listed(staff_login(superuser)) == {"Ali", "Oskar"}


def test_listing_leaves_out_erased_participants(staff_client, unit, coordinator):
    register(unit, display_name="Ali")
    gone = register(unit, display_name="Borte")
    erasure.erase(gone, actor=coordinator)
    assert listed(staff_client) == {"Ali"}


def test_listing_filter_by_status(staff_client, unit, coordinator):
    register(unit, display_name="Venter")
    paused = register(unit, display_name="Pause")
    ended = register(unit, display_name="Slutt")
    from volunteers.participants.domain.status import set_status

    set_status(paused, ParticipantStatus.PAUSED, actor=coordinator)
    set_status(ended, ParticipantStatus.ENDED, actor=coordinator)
    assert listed(staff_client, "?status=paused&status=ended") == {"Pause", "Slutt"}
    assert listed(staff_client, "?status=waiting") == {"Venter"}


def test_listing_filter_by_responsible_staff_member(staff_client, unit, coordinator):
    colleague = factories.make_member(unit, "coordinator", first_name="Kollega")
    register(unit, display_name="Mine", responsible=coordinator)
    register(unit, display_name="Hennes", responsible=colleague)
    assert listed(staff_client, f"?responsible={colleague.pk}") == {"Hennes"}


def test_listing_filter_responsible_offers_only_own_units_staff(staff_client, other_coordinator):
    response = staff_client.get(LISTING + f"?responsible={other_coordinator.pk}")
    assert response.context["object_list"] is not None
    field = response.context["filters"].form.fields["responsible"]
    assert other_coordinator not in field.queryset


def test_listing_filter_by_days_waiting(staff_client, unit):
    for name, days in (("Ny", 3), ("Tre uker", 21), ("To maaneder", 61)):
        waiting_for(register(unit, display_name=name), days)
    assert listed(staff_client, "?waiting=14") == {"Tre uker", "To maaneder"}
    assert listed(staff_client, "?waiting=60") == {"To maaneder"}


def test_listing_filter_by_life_area_matches_any_priority(staff_client, unit):
    register(unit, display_name="Bolig", life_areas=[LifeArea.HOUSING, LifeArea.MONEY])
    register(unit, display_name="Penger", life_areas=[LifeArea.NETWORK, LifeArea.MONEY])
    register(unit, display_name="Fritid", life_areas=[LifeArea.LEISURE])
    assert listed(staff_client, "?life_area=money") == {"Bolig", "Penger"}
    assert listed(staff_client, "?life_area=housing&life_area=leisure") == {"Bolig", "Fritid"}


@pytest.mark.parametrize(
    ("query", "expected"),
    [("ali", {"Ali"}), ("DR-0007", {"Ali"}), ("dr-00", {"Ali", "Mona"}), ("Oskar", set()), ("OS-0001", set())],
)
def test_listing_search_by_display_name_or_code(staff_client, unit, other_unit, query, expected):
    register(unit, display_name="Ali", code="DR-0007")
    register(unit, display_name="Mona", code="DR-0008")
    register(other_unit, display_name="Oskar", code="OS-0001")
    assert listed(staff_client, "?" + urlencode({"q": query})) == expected


def test_listing_search_results_view_is_scoped(staff_client, unit, other_unit):
    register(other_unit, display_name="Oskar", code="OS-0001")
    response = staff_client.get(LISTING + "results/?q=Oskar")
    assert response.status_code == 200
    assert list(response.context["object_list"]) == []
    assert "OS-0001" not in response.text


def test_listing_shows_days_waiting_and_life_areas_in_order(staff_client, unit):
    waiting_for(register(unit, display_name="Ali", life_areas=[LifeArea.MONEY, LifeArea.HOUSING]), 12)
    text = staff_client.get(LISTING).text
    assert "Økonomi, Bolig" in text
    assert ">12<" in text.replace(" ", "").replace("\n", "")


def _count_listing_queries(client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(LISTING)
    assert response.status_code == 200
    return len(queries), len(response.context["object_list"])


def test_listing_query_count_same_for_1_and_50_participants(staff_client, unit, coordinator):
    register(unit, display_name="P0", responsible=coordinator)
    staff_client.get(LISTING)  # warm caches (content types, site) that are not per row
    one, rows_one = _count_listing_queries(staff_client)
    for number in range(1, 50):
        register(
            unit, display_name=f"P{number}", responsible=coordinator, life_areas=[LifeArea.MONEY, LifeArea.LEISURE]
        )
    fifty, rows_fifty = _count_listing_queries(staff_client)
    print(f"participant listing queries: 1 row -> {one}, 50 rows -> {fifty}")
    # As the application listing, with responsible-staff choices instead of roles, and the life areas.
    assert (rows_one, rows_fifty, one, fifty) == (1, 50, 16, 16)


def test_listing_sorted_by_days_waiting_longest_first(staff_client, unit):
    for name, days in (("Ny", 3), ("Lengst", 61), ("Midt", 21)):
        waiting_for(register(unit, display_name=name), days)
    response = staff_client.get(LISTING + "?ordering=waiting_since")
    assert [p.display_name for p in response.context["object_list"]] == ["Lengst", "Midt", "Ny"]


def test_listing_row_links_to_the_participant_page_and_offers_no_delete(staff_client, unit, coordinator):
    participant = register(unit, display_name="Ali", responsible=coordinator)
    text = staff_client.get(LISTING).text
    table = text[text.index('<table class="listing">') :]
    assert f'<a href="{LISTING}{participant.pk}/">Ali</a>' in table
    assert f"{LISTING}{participant.pk}/delete/" not in table
    assert "w-dropdown" not in table
