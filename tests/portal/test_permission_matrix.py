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
