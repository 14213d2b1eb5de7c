"""training.api.required_complete: what the screening checklist asks."""

import datetime

import pytest
from django.utils import timezone

from portal.org.enums import Role
from tests import factories
from training import api
from training.enums import ModuleState
from training.models import ModuleProgress

pytestmark = pytest.mark.django_db


def pass_module(user, module, days_ago=0, version=None):
    ModuleProgress.objects.update_or_create(
        user=user,
        module=module,
        defaults={
            "attempt_count": 1,
            "passed_at": timezone.now() - datetime.timedelta(days=days_ago),
            "passed_version": version or module.retraining_version,
        },
    )


def test_required_complete_without_modules_is_true(applicant):
    assert api.required_complete(applicant) is True


def test_required_complete_false_until_every_required_module_is_passed(applicant, make_module):
    first, second = make_module("Grensesetting"), make_module("Taushetsplikt")
    make_module("Valgfri", required_before_approval=False)
    pass_module(applicant, first)
    assert api.required_complete(applicant) is False
    pass_module(applicant, second)
    assert api.required_complete(applicant) is True


def test_required_complete_false_when_due_again(applicant, make_module):
    module = make_module(refresh_interval_months=12)
    pass_module(applicant, module, days_ago=400)
    assert [status.state for status in api.status_for(applicant)] == [ModuleState.DUE_AGAIN]
    assert api.required_complete(applicant) is False


def test_required_complete_only_counts_modules_for_the_role(unit, make_module):
    economy = factories.make_volunteer_role("Økonomihjelper")
    activity = factories.make_volunteer_role("Aktivitetsvenn")
    person = factories.make_member(unit, Role.APPLICANT, volunteer_role=activity)
    make_module("Budsjett", roles=[economy])
    assert api.required_complete(person) is True
    assert api.required_complete(person, volunteer_role=economy) is False
    assert [status.module.title for status in api.status_for(person, volunteer_role=economy)] == ["Budsjett"]


def test_required_complete_module_for_all_roles_applies_to_everyone(unit, make_module):
    person = factories.make_member(unit, Role.APPLICANT, volunteer_role=factories.make_volunteer_role())
    make_module("For alle")
    assert api.required_complete(person) is False


def test_may_take_training_applicants_tidgivere_and_staff(applicant, tidgiver, coordinator, db):
    outsider = factories.make_user()
    assert [api.may_take_training(u) for u in (applicant, tidgiver, coordinator, outsider)] == [True, True, True, False]
