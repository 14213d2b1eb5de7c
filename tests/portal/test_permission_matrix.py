import pytest

from tests.matrix import ROLES, outcome

pytestmark = pytest.mark.django_db

#                       anonymous applicant tidgiver coordinator other_coordinator superuser
MATRIX = {
    "/min-side/": ("login", "ok", "ok", "ok", "ok", "ok"),
    "/admin/": ("login", "login", "login", "ok", "ok", "ok"),
    "/admin/people/": ("login", "login", "login", "ok", "ok", "ok"),
    "/admin/people/?export=csv": ("login", "login", "login", "ok", "ok", "ok"),
    "/admin/units/": ("login", "login", "login", "denied", "denied", "ok"),
    "/admin/units/new/": ("login", "login", "login", "denied", "denied", "ok"),
    "/admin/volunteer_roles/": ("login", "login", "login", "denied", "denied", "ok"),
    "/admin/pages/": ("login", "login", "login", "denied", "denied", "ok"),
    "/healthz": ("ok",) * 6,
    "/admin/login/": ("login",) * 6,
    "/_util/login/": ("login",) * 6,
    # A confirmation link is its own proof: anybody with a valid one may use it, a broken one is a 404.
    "/tidgiver/soknad/bekreft-endringer/tull/": ("404",) * 6,
    # Everyone's own data; staff see the deletion page too (it says why they cannot use it).
    "/min-side/personvern/mine-data/": ("login", "ok", "ok", "ok", "ok", "ok"),
    "/min-side/personvern/mine-data.json": ("login", "ok", "ok", "ok", "ok", "ok"),
    "/min-side/personvern/slett-meg/": ("login", "ok", "ok", "ok", "ok", "ok"),
    "/behandlingsprotokoll/": ("ok",) * 6,
    "/admin/deletion_requests/": ("login", "login", "login", "ok", "ok", "ok"),
    "/admin/deletion_requests/results/": ("login", "login", "login", "ok", "ok", "ok"),
}


@pytest.mark.parametrize("url", MATRIX)
def test_permission_matrix_portal(client_as, home_page, url):
    assert tuple(outcome(client_as(role).get(url)) for role in ROLES) == MATRIX[url]


def test_permission_matrix_people_detail_is_unit_scoped(client_as, tidgiver):
    url = f"/admin/people/inspect/{tidgiver.memberships.get().pk}/"
    outcomes = {role: outcome(client_as(role).get(url)) for role in ROLES}
    assert outcomes == {
        "anonymous": "login",
        "applicant": "login",
        "tidgiver": "login",
        "coordinator": "ok",
        "other_coordinator": "404",
        "superuser": "ok",
    }


def test_permission_matrix_deletion_request_is_unit_scoped(client_as, unit):
    from portal.org.enums import Role
    from portal.privacy.domain import erasure
    from tests import factories

    request = erasure.request_erasure(factories.make_member(unit, Role.APPLICANT))
    inspect = f"/admin/deletion_requests/inspect/{request.pk}/"
    confirm = f"/admin/deletion_requests/confirm/{request.pk}/"
    assert {role: outcome(client_as(role).get(inspect)) for role in ROLES} == {
        "anonymous": "login",
        "applicant": "login",
        "tidgiver": "login",
        "coordinator": "ok",
        "other_coordinator": "404",
        "superuser": "ok",
    }
    # GET on the confirm URL is refused; only another unit's coordinator learns nothing (404 first).
    assert {role: outcome(client_as(role).get(confirm)) for role in ROLES} == {
        "anonymous": "login",
        "applicant": "login",
        "tidgiver": "login",
        "coordinator": 405,
        "other_coordinator": 405,
        "superuser": 405,
    }
    assert outcome(client_as("other_coordinator").post(confirm)) == "404"
    assert outcome(client_as("anonymous").post(confirm)) == "login"
