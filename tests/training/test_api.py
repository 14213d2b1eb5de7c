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


def test_required_complete_by_user_agrees_with_required_complete(unit, make_module):
    economy, activity = factories.make_volunteer_role("Økonomihjelper"), factories.make_volunteer_role("Aktivitetsvenn")
    everyone, budget = make_module("For alle"), make_module("Budsjett", roles=[economy])
    make_module("Valgfri", required_before_approval=False)
    stale = make_module("Førstehjelp", refresh_interval_months=12)
    people = {
        name: factories.make_member(unit, Role.TIDGIVER, first_name=name, volunteer_role=role)
        for name, role in (("Anne", economy), ("Bjørn", economy), ("Cecilie", activity), ("Dag", activity))
    }
    for person in people.values():
        pass_module(person, everyone)
        pass_module(person, stale)
    pass_module(people["Anne"], budget)
    pass_module(people["Dag"], stale, days_ago=400)
    pairs = [(person, person.memberships.get().volunteer_role) for person in people.values()]

    bulk = api.required_complete_by_user(pairs)

    assert {person.first_name: bulk[person.pk] for person, _role in pairs} == {
        "Anne": True,
        "Bjørn": False,
        "Cecilie": True,
        "Dag": False,
    }
    assert [bulk[person.pk] for person, role in pairs] == [api.required_complete(p, r) for p, r in pairs]


def test_required_complete_by_user_query_count_same_for_1_and_40_people(unit, make_module, django_assert_num_queries):
    role = factories.make_volunteer_role()
    module = make_module("For alle")
    people = [factories.make_member(unit, Role.TIDGIVER, volunteer_role=role) for _ in range(40)]
    for person in people[::2]:
        pass_module(person, module)

    with django_assert_num_queries(3):  # modules, their roles, progress
        one = api.required_complete_by_user([(people[0], role)])
    with django_assert_num_queries(3):
        many = api.required_complete_by_user([(person, role) for person in people])

    assert (one, sum(many.values()), len(many)) == ({people[0].pk: True}, 20, 40)


def _complete_in_database(people):
    from portal.org.models import Membership

    rows = Membership.objects.filter(user__in=people).filter(api.required_complete_condition())
    return set(rows.values_list("user__first_name", flat=True))


def test_required_complete_condition_agrees_with_required_complete_by_user(unit, make_module):
    economy, activity = factories.make_volunteer_role("Økonomihjelper"), factories.make_volunteer_role("Aktivitetsvenn")
    everyone, budget = make_module("For alle"), make_module("Budsjett", roles=[economy])
    make_module("Valgfri", required_before_approval=False)
    stale = make_module("Førstehjelp", refresh_interval_months=12)
    people = {
        name: factories.make_member(unit, Role.TIDGIVER, first_name=name, volunteer_role=role)
        for name, role in (("Anne", economy), ("Bjørn", economy), ("Cecilie", activity), ("Dag", activity))
    }
    people["Eli"] = factories.make_member(unit, Role.TIDGIVER, first_name="Eli")
    for person in people.values():
        pass_module(person, everyone)
        pass_module(person, stale)
    pass_module(people["Anne"], budget)
    pass_module(people["Dag"], stale, days_ago=400)
    pairs = [(person, person.memberships.get().volunteer_role) for person in people.values()]
    by_user = api.required_complete_by_user(pairs)

    assert _complete_in_database(people.values()) == {"Anne", "Cecilie", "Eli"}
    assert {person.first_name for person, _role in pairs if by_user[person.pk]} == {"Anne", "Cecilie", "Eli"}


@pytest.mark.parametrize(("months_ago", "days_more", "complete"), [(12, -1, True), (12, 0, False), (12, 1, False)])
def test_required_complete_condition_refresh_ends_on_the_same_day_as_status(
    unit, make_module, months_ago, days_more, complete
):
    from training.domain.dates import add_months

    module = make_module(refresh_interval_months=months_ago)
    person = factories.make_member(unit, Role.TIDGIVER, first_name="Anne")
    passed_on = add_months(timezone.localdate(), -months_ago) - datetime.timedelta(days=days_more)
    passed_at = timezone.make_aware(datetime.datetime.combine(passed_on, datetime.time(12)))
    ModuleProgress.objects.create(user=person, module=module, passed_at=passed_at, passed_version=1, attempt_count=1)

    assert (_complete_in_database([person]) == {"Anne"}) is complete
    assert api.required_complete_by_user([(person, None)])[person.pk] is complete


@pytest.mark.parametrize(("required_on_days", "complete"), [(None, False), (-1, False), (0, False), (3, True)])
def test_required_complete_condition_retraining_counts_from_the_required_date(
    unit, make_module, required_on_days, complete
):
    module = make_module()
    required_on = None if required_on_days is None else timezone.localdate() + datetime.timedelta(required_on_days)
    type(module).objects.filter(pk=module.pk).update(retraining_version=2, retraining_required_on=required_on)
    person = factories.make_member(unit, Role.TIDGIVER, first_name="Anne")
    pass_module(person, module, days_ago=30, version=1)

    assert (_complete_in_database([person]) == {"Anne"}) is complete
    assert api.required_complete_by_user([(person, None)])[person.pk] is complete


def test_required_complete_condition_retraining_done_on_the_new_version(unit, make_module):
    module = make_module()
    type(module).objects.filter(pk=module.pk).update(retraining_version=2, retraining_required_on=timezone.localdate())
    person = factories.make_member(unit, Role.TIDGIVER, first_name="Anne")
    pass_module(person, module, version=2)

    assert _complete_in_database([person]) == {"Anne"}
