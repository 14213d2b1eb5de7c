"""Every participant back-office URL for every role. Another unit's record is a 404; Tidgivere never get in."""

import pytest

from tests.matrix import ROLES, outcome

from .back_office import register

pytestmark = pytest.mark.django_db

STAFF_ONLY = ("login", "login", "login", "ok", "ok", "ok")
OWN_UNIT_ONLY = ("login", "login", "login", "ok", "404", "ok")
OWN_UNIT_REDIRECT = ("login", "login", "login", "redirect", "404", "redirect")

GET_MATRIX = {
    "/admin/participants/": STAFF_ONLY,
    "/admin/participants/results/?q=Ali": STAFF_ONLY,
    "/admin/participants/?export=csv": STAFF_ONLY,
    "/admin/participants/?export=xlsx": STAFF_ONLY,
    "/admin/participants/new/": STAFF_ONLY,
    "/admin/participants/{participant}/": OWN_UNIT_ONLY,
    "/admin/participants/{participant}/edit/": OWN_UNIT_ONLY,
    "/admin/participants/{participant}/delete/": OWN_UNIT_ONLY,
    "/admin/participants/{participant}/history/": OWN_UNIT_ONLY,
}
POST_MATRIX = {
    "/admin/participants/{participant}/status/": OWN_UNIT_REDIRECT,
}


def short(response):
    result = outcome(response)
    return "redirect" if str(result).startswith("redirect:/admin/participants/") else result


@pytest.mark.parametrize("url", GET_MATRIX)
def test_permission_matrix_participants_get(client_as, unit, url):
    participant = register(unit, display_name="Ali", code="DR-1")
    target = url.format(participant=participant.pk)
    assert tuple(short(client_as(role).get(target)) for role in ROLES) == GET_MATRIX[url]


@pytest.mark.parametrize("url", POST_MATRIX)
def test_permission_matrix_participants_post(client_as, unit, url):
    participant = register(unit, display_name="Ali", code="DR-1")
    target = url.format(participant=participant.pk)
    assert tuple(short(client_as(role).post(target, {"to_status": ""})) for role in ROLES) == POST_MATRIX[url]


def test_permission_matrix_participant_export_leaves_out_another_unit(client_as, unit, other_unit):
    register(unit, display_name="Ali", code="DR-1")
    register(other_unit, display_name="Oskar", code="OS-1")
    body = b"".join(client_as("other_coordinator").get("/admin/participants/?export=csv").streaming_content).decode()
    assert "OS-1" in body and "DR-1" not in body
