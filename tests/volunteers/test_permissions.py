"""Volunteers permissions beyond the matrix (tests/permission_matrix/volunteers.py): ownership and tokens."""

import pytest

from portal.org.enums import Role
from tests.matrix import outcome
from volunteers.domain import applications
from volunteers.models import Application

from .conftest import make_application

pytestmark = pytest.mark.django_db


@pytest.fixture
def applicant_with_application(client_as, unit, declaration):
    from django.contrib.auth import get_user_model

    siri = get_user_model().objects.get(email="siri@example.org")
    return make_application(unit, user=siri, email=siri.email)


def test_permission_matrix_declaration_versions_cannot_be_edited_even_by_superuser(client_as, declaration):
    base = "/admin/snippets/volunteers/confidentialitydeclaration"
    assert outcome(client_as("superuser").get(f"{base}/edit/{declaration.pk}/")) == "denied"
    assert outcome(client_as("superuser").get(f"{base}/delete/{declaration.pk}/")) == "denied"
    assert outcome(client_as("superuser").get(f"{base}/copy/{declaration.pk}/")) == "ok"


def test_permission_matrix_applicant_cannot_withdraw_someone_elses_application(client_as, unit):
    other = make_application(unit)
    response = client_as("applicant").post("/tidgiver/soknad/trekk/")
    assert response.status_code == 404
    other.refresh_from_db()
    assert other.state == "received"


def test_permission_matrix_guardian_link_needs_no_login_but_a_valid_token(client, unit):
    application = make_application(unit, state="awaiting_guardian", guardian_name="Gro", guardian_phone="+4790011222")
    token = applications.guardian_token(application)
    assert client.get(f"/tidgiver/foresatt/{token}/").status_code == 200
    assert client.get(f"/tidgiver/foresatt/{token[:-2]}/").status_code == 404
    assert Application.objects.get().state == "awaiting_guardian"


def test_permission_matrix_withdrawn_applicant_membership_gone(client_as, applicant_with_application):
    client_as("applicant").post("/tidgiver/soknad/trekk/")
    assert not applicant_with_application.user.memberships.filter(role=Role.APPLICANT).exists()
