"""Who may sign the confidentiality declaration: one rule (volunteers.rules), the page and Min side agree."""

import pytest

from portal.org.enums import Role
from tests import factories
from volunteers import rules
from volunteers.enums import ApplicationState, VolunteerStatus
from volunteers.models import Volunteer

from .conftest import make_application

pytestmark = pytest.mark.django_db
SIGN = "/tidgiver/taushetserklaering/"


def answers(client, user):
    """(the page's status code, Min side links to it, the rule) for ``user``."""
    client.force_login(user)
    return (
        client.get(SIGN).status_code,
        f'href="{SIGN}"' in client.get("/min-side/").text,
        rules.may_sign_declaration(user),
    )


def test_may_sign_open_application(client, unit, declaration):
    application = make_application(unit)
    assert answers(client, application.user) == (200, True, True)


def test_may_sign_not_after_rejection(client, unit, declaration):
    application = make_application(unit, state=ApplicationState.REJECTED)
    assert answers(client, application.user) == (404, False, False)


def test_may_sign_active_tidgiver(client, unit, declaration):
    user = factories.make_member(unit, Role.TIDGIVER)
    Volunteer.objects.create(user=user, unit=unit)
    assert answers(client, user) == (200, True, True)


def test_may_sign_not_once_the_tidgiver_has_ended(client, unit, declaration):
    user = factories.make_member(unit, Role.TIDGIVER)
    Volunteer.objects.create(user=user, unit=unit, status=VolunteerStatus.ENDED)
    assert answers(client, user) == (404, False, False)
