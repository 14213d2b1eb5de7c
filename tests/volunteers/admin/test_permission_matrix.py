"""Every back-office URL of recruitment and screening, for every role. Another unit's rows are a 404."""

import pytest

from tests.matrix import ROLES, outcome
from tests.volunteers.conftest import make_application
from volunteers.enums import UpdateState
from volunteers.models import ChecklistRequirement, ConfidentialityDeclaration, PendingUpdate, Reference, Volunteer

pytestmark = pytest.mark.django_db

STAFF_ONLY = ("login", "login", "login", "ok", "ok", "ok")
OWN_UNIT_ONLY = ("login", "login", "login", "ok", "404", "ok")


@pytest.fixture
def rows(unit, role, tidgiver):
    application = make_application(unit, volunteer_role=role)
    reference = Reference.objects.create(application=application, name="Per", relation="Venn", contact="+4790000000")
    volunteer = Volunteer.objects.create(user=tidgiver, unit=unit, volunteer_role=role)
    declaration = ConfidentialityDeclaration.objects.create(text="Jeg lover å bevare taushet.")
    requirement = ChecklistRequirement.objects.create(unit=unit, kind="references", required=False)
    # Already decided, so a POST changes nothing for anyone (the domain refuses and the page says so).
    update = PendingUpdate.objects.create(
        application=application, unit=unit, answers={"motivation": "Ny"}, state=UpdateState.DISCARDED
    )
    return {
        "update": update.pk,
        "application": application.pk,
        "reference": reference.pk,
        "volunteer": volunteer.pk,
        "declaration": declaration.pk,
        "requirement": requirement.pk,
    }


GET_MATRIX = {
    "/admin/applications/": STAFF_ONLY,
    "/admin/applications/results/?q=a": STAFF_ONLY,
    "/admin/applications/?export=csv": STAFF_ONLY,
    "/admin/applications/?export=xlsx": STAFF_ONLY,
    "/admin/applications/{application}/": OWN_UNIT_ONLY,
    "/admin/applications/history/{application}/": OWN_UNIT_ONLY,
    "/admin/bulk/volunteers/application/mark_contacted/?id={application}": OWN_UNIT_ONLY,
    "/admin/bulk/volunteers/application/put_on_hold/?id={application}": OWN_UNIT_ONLY,
    "/admin/tidgivere/": STAFF_ONLY,
    "/admin/tidgivere/?export=xlsx": STAFF_ONLY,
    "/admin/tidgivere/inspect/{volunteer}/": OWN_UNIT_ONLY,
    "/admin/confidentiality_signatures/": STAFF_ONLY,
    "/admin/confidentiality_signatures/?export=csv": STAFF_ONLY,
    "/admin/confidentiality_signatures/?declaration={declaration}": STAFF_ONLY,
    "/admin/checklist_requirements/": STAFF_ONLY,
    "/admin/checklist_requirements/new/": STAFF_ONLY,
    "/admin/checklist_requirements/edit/{requirement}/": OWN_UNIT_ONLY,
}

# POSTs with an empty form: staff get the page back with the errors (200), nothing changes. (An adult's
# application has no guardian to confirm: refused the same way.)
POST_MATRIX = {
    "/admin/applications/{application}/transition/": OWN_UNIT_ONLY,
    "/admin/applications/{application}/conversation/": OWN_UNIT_ONLY,
    "/admin/applications/{application}/reference/": OWN_UNIT_ONLY,
    "/admin/applications/{application}/reference/{reference}/": OWN_UNIT_ONLY,
    "/admin/applications/{application}/police-certificate/": OWN_UNIT_ONLY,
    "/admin/applications/{application}/note/": OWN_UNIT_ONLY,
    "/admin/applications/{application}/guardian/": OWN_UNIT_ONLY,
    "/admin/applications/{application}/role/": OWN_UNIT_ONLY,
    "/admin/applications/{application}/update/{update}/apply/": OWN_UNIT_ONLY,
    "/admin/applications/{application}/update/{update}/discard/": OWN_UNIT_ONLY,
}

# The status form redirects back to the Tidgiver's page (with a message) whether or not anything changed.
STATUS_REDIRECT = "redirect:/admin/tidgivere/inspect/{volunteer}/"
POST_REDIRECT_MATRIX = {
    "/admin/tidgivere/status/{volunteer}/": ("login", "login", "login", STATUS_REDIRECT, "404", STATUS_REDIRECT),
}


@pytest.mark.parametrize("url", GET_MATRIX)
def test_permission_matrix_volunteers_admin_get(client_as, rows, url):
    outcomes = tuple(outcome(client_as(role).get(url.format(**rows))) for role in ROLES)
    assert outcomes == GET_MATRIX[url]


@pytest.mark.parametrize("url", POST_MATRIX)
def test_permission_matrix_volunteers_admin_post(client_as, rows, url):
    outcomes = tuple(outcome(client_as(role).post(url.format(**rows), {})) for role in ROLES)
    assert outcomes == POST_MATRIX[url]


@pytest.mark.parametrize("url", POST_REDIRECT_MATRIX)
def test_permission_matrix_volunteers_admin_post_redirect(client_as, rows, url):
    outcomes = tuple(outcome(client_as(role).post(url.format(**rows), {})) for role in ROLES)
    assert outcomes == tuple(expected.format(**rows) for expected in POST_REDIRECT_MATRIX[url])


def test_detail_views_only_answer_post_for_actions(client_as, rows):
    response = client_as("coordinator").get("/admin/applications/{application}/note/".format(**rows))
    assert response.status_code == 405
