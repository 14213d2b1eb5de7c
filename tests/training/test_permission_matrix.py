"""Training answers that depend on who owns what (every URL for every role: tests/permission_matrix/training.py)."""

import pytest

from tests.matrix import ROLES, outcome
from tests.training.conftest import quiz_token, right_answers
from training.models import QuizAttempt

pytestmark = pytest.mark.django_db


def test_permission_matrix_attempt_only_for_its_owner(client_as, module):
    applicant = client_as("applicant")
    applicant.post(module.url, {"token": quiz_token(applicant, module), **right_answers(module)})
    url = f"{module.url}forsok/{QuizAttempt.objects.get().pk}/"
    outcomes = {role: outcome(client_as(role).get(url)) for role in ROLES}
    assert outcomes == {
        "anonymous": "login",
        "applicant": "ok",
        "tidgiver": "404",
        "coordinator": "404",
        "other_coordinator": "404",
        "unit_admin": "404",
        "superuser": "404",
    }


def test_permission_matrix_person_without_training_role(client, module):
    from tests import factories

    client.force_login(factories.make_user())
    assert [outcome(client.get(url)) for url in ("/opplaering/", module.url, "/admin/training/")] == [
        "404",
        "404",
        "login",
    ]
