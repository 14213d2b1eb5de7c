import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal.org.enums import Role
from portal.org.models import Membership
from portal.org.scoping import for_user, get_or_404, is_staff_member, staff_units
from tests.factories import make_member

pytestmark = pytest.mark.django_db


def test_staff_units_coordinator_sees_only_own_unit(coordinator, unit, other_unit):
    assert list(staff_units(coordinator)) == [unit]


def test_staff_units_superuser_sees_all(superuser, unit, other_unit):
    assert set(staff_units(superuser)) == {unit, other_unit}


def test_staff_units_tidgiver_sees_none(tidgiver, unit):
    assert list(staff_units(tidgiver)) == []
    assert is_staff_member(tidgiver) is False


def test_for_user_limits_memberships_to_own_unit(coordinator, tidgiver, other_unit):
    stranger = make_member(other_unit, Role.TIDGIVER)
    visible = set(for_user(Membership.objects.all(), coordinator).values_list("user__email", flat=True))
    assert visible == {coordinator.email, tidgiver.email}
    assert stranger.email not in visible


def test_get_or_404_other_unit_is_404(coordinator, other_unit):
    from django.http import Http404

    stranger = make_member(other_unit, Role.TIDGIVER)
    with pytest.raises(Http404):
        get_or_404(Membership.objects.all(), coordinator, user=stranger)


def test_people_inspect_other_unit_is_404(staff_client, other_unit):
    stranger = make_member(other_unit, Role.TIDGIVER)
    membership = stranger.memberships.get()
    assert staff_client.get(f"/admin/people/inspect/{membership.pk}/").status_code == 404
    assert staff_client.get(f"/admin/people/edit/{membership.pk}/").status_code == 404
    assert staff_client.get(f"/admin/people/delete/{membership.pk}/").status_code in (403, 404)


def test_people_inspect_own_unit_shows_person(staff_client, tidgiver):
    membership = tidgiver.memberships.get()
    response = staff_client.get(f"/admin/people/inspect/{membership.pk}/")
    assert response.status_code == 200
    assert "Tone Person" in response.text


def test_people_list_and_export_leave_out_other_units(staff_client, tidgiver, other_unit):
    make_member(other_unit, Role.TIDGIVER, email="stranger@example.org")
    listing = staff_client.get("/admin/people/")
    assert "Tone Person" in listing.text
    assert "Test Person" not in listing.text
    export = staff_client.get("/admin/people/?export=csv")
    body = b"".join(export.streaming_content).decode()
    assert "tone@example.org" in body
    assert "stranger@example.org" not in body


def _count_list_queries(client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/admin/people/")
    assert response.status_code == 200
    return len(queries)


def test_people_list_query_count_same_for_one_and_many(staff_client, unit):
    one = _count_list_queries(staff_client)
    for _ in range(20):
        make_member(unit, Role.TIDGIVER)
    many = _count_list_queries(staff_client)
    assert (one, many) == (15, 15)
