"""The coordinator's deletion requests in the back office: their own units only, and the confirm button."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal.org.enums import Role
from portal.privacy.domain import erasure
from portal.privacy.enums import ErasureState
from portal.privacy.models import ErasureRequest
from tests import factories

pytestmark = pytest.mark.django_db
LIST = "/admin/deletion_requests/"


def _request_in(unit, name="Siri"):
    person = factories.make_member(unit, Role.APPLICANT, first_name=name, last_name="Hansen")
    return erasure.request_erasure(person)


def test_listing_shows_only_the_coordinators_units(staff_client, unit, other_unit):
    _request_in(unit, "Siri")
    _request_in(other_unit, "Oskar")

    response = staff_client.get(LIST)

    assert response.status_code == 200
    assert "Siri Hansen" in response.text
    assert "Oskar Hansen" not in response.text


def test_listing_query_count_is_the_same_for_one_and_many_rows(staff_client, unit):
    _request_in(unit)
    staff_client.get(LIST)
    with CaptureQueriesContext(connection) as one:
        staff_client.get(LIST)
    for number in range(5):
        _request_in(unit, f"Person{number}")
    with CaptureQueriesContext(connection) as many:
        staff_client.get(LIST)

    assert len(many) == len(one)


def test_coordinator_confirms_a_request_and_the_person_is_deleted(staff_client, unit, coordinator):
    request = _request_in(unit)

    response = staff_client.post(f"{LIST}confirm/{request.pk}/")

    assert (response.status_code, response["Location"]) == (302, f"{LIST}inspect/{request.pk}/")
    request.refresh_from_db()
    assert (request.state, request.confirmed_by, request.user.is_active) == (ErasureState.DONE, coordinator, False)


def test_coordinator_of_another_unit_gets_404(client_as, unit):
    request = _request_in(unit)
    other = client_as("other_coordinator")

    assert other.get(f"{LIST}inspect/{request.pk}/").status_code == 404
    assert other.post(f"{LIST}confirm/{request.pk}/").status_code == 404
    assert ErasureRequest.objects.get().state == ErasureState.REQUESTED


def test_inspect_page_shows_the_confirm_button_or_what_blocks_it(staff_client, unit, extra_part):
    request = _request_in(unit)
    assert 'data-form="confirm-erasure"' in staff_client.get(f"{LIST}inspect/{request.pk}/").text

    extra_part("matches", blocks_erasure=lambda user: "Har en aktiv match.")
    response = staff_client.get(f"{LIST}inspect/{request.pk}/")

    assert 'data-form="confirm-erasure"' not in response.text
    assert "Har en aktiv match." in response.text
