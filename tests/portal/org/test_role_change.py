"""Finding 2: a role changes only through org.domain.change_role, guarded by org.rules, audited, synced."""

import logging

import pytest
from django.contrib.auth.models import Group

from portal.org import audit
from portal.org.domain import COORDINATOR_GROUP, ROLE_CHANGED, RoleChangeRefused, change_role
from portal.org.enums import Role
from portal.org.models import Membership
from portal.org.rules import grantable_roles, may_change_role
from tests import factories
from tests.mfa import log_in_with_mfa

pytestmark = pytest.mark.django_db
R = Role


def edit_url(membership):
    return f"/admin/people/edit/{membership.pk}/"


def post_role(client, membership, role):
    return client.post(edit_url(membership), {"role": role, "volunteer_role": ""})


@pytest.fixture
def unit_admin_client(client, unit_admin):
    return log_in_with_mfa(client, unit_admin)


@pytest.fixture
def superuser_client(client, superuser):
    return log_in_with_mfa(client, superuser)


def in_coordinator_group(user):
    return Group.objects.filter(name=COORDINATOR_GROUP, user=user).exists()


def test_role_change_coordinator_cannot_make_self_unit_admin(staff_client, coordinator):
    own = coordinator.memberships.get()

    form = staff_client.get(edit_url(own)).context["form"]
    assert form.fields["role"].disabled is True
    post_role(staff_client, own, R.UNIT_ADMIN)  # a disabled field keeps its value, whatever is posted

    assert Membership.objects.get(pk=own.pk).role == R.COORDINATOR
    assert staff_client.get("/admin/message_templates/").status_code == 302
    assert list(audit.entries_about(own).filter(action=ROLE_CHANGED).values_list("data__to", flat=True)) == [
        "coordinator"  # only the grant when the coordinator was made
    ]


def test_role_change_coordinator_cannot_make_tidgiver_coordinator(staff_client, tidgiver):
    membership = tidgiver.memberships.get()

    response = post_role(staff_client, membership, R.COORDINATOR)

    assert response.status_code == 200
    assert Membership.objects.get(pk=membership.pk).role == R.TIDGIVER
    assert not in_coordinator_group(tidgiver)


def test_role_change_coordinator_offered_no_staff_role(staff_client, tidgiver):
    form = staff_client.get(edit_url(tidgiver.memberships.get())).context["form"]
    assert [value for value, _label in form.fields["role"].choices] == ["applicant", "tidgiver"]


def test_role_change_coordinator_cannot_demote_unit_admin(staff_client, unit_admin):
    membership = unit_admin.memberships.get()

    post_role(staff_client, membership, R.TIDGIVER)

    assert Membership.objects.get(pk=membership.pk).role == R.UNIT_ADMIN


def test_role_change_unit_admin_makes_tidgiver_coordinator_with_audit_and_group(
    unit_admin_client, unit_admin, tidgiver
):
    membership = tidgiver.memberships.get()

    response = post_role(unit_admin_client, membership, R.COORDINATOR)

    assert response.status_code == 302
    assert Membership.objects.get(pk=membership.pk).role == R.COORDINATOR
    assert in_coordinator_group(tidgiver)
    entry = audit.entries_about(membership).filter(action=ROLE_CHANGED).last()
    assert (entry.user, entry.data["from"], entry.data["to"]) == (unit_admin, "tidgiver", "coordinator")
    assert entry.label == f"Person i enhet {membership.pk}"  # what it is about, without the name
    history = unit_admin_client.get(f"/admin/people/history/{membership.pk}/")
    assert "Rolle: Tidgiver → Koordinator" in history.text


def test_role_change_unit_admin_cannot_grant_unit_admin(unit_admin_client, tidgiver):
    membership = tidgiver.memberships.get()

    post_role(unit_admin_client, membership, R.UNIT_ADMIN)

    assert Membership.objects.get(pk=membership.pk).role == R.TIDGIVER


def test_role_change_superuser_grants_unit_admin(superuser_client, coordinator):
    membership = coordinator.memberships.get()

    assert post_role(superuser_client, membership, R.UNIT_ADMIN).status_code == 302

    assert Membership.objects.get(pk=membership.pk).role == R.UNIT_ADMIN


def test_role_change_demoted_coordinator_loses_back_office(unit_admin_client, coordinator):
    membership = coordinator.memberships.get()

    post_role(unit_admin_client, membership, R.TIDGIVER)

    assert not in_coordinator_group(coordinator)


def test_role_change_is_a_security_event(unit_admin_client, tidgiver, caplog):
    caplog.set_level(logging.INFO, logger="portal.security")
    membership = tidgiver.memberships.get()

    post_role(unit_admin_client, membership, R.COORDINATOR)

    [line] = [record.getMessage() for record in caplog.records if "event=role_changed" in record.getMessage()]
    assert line.endswith(f"membership_id={membership.pk} new=coordinator old=tidgiver")


def test_change_role_refuses_in_the_domain_too(coordinator, tidgiver):
    with pytest.raises(RoleChangeRefused):
        change_role(tidgiver.memberships.get(), R.COORDINATOR, actor=coordinator)
    assert tidgiver.memberships.get().role == R.TIDGIVER


def test_change_role_unchanged_is_a_no_op(unit_admin, tidgiver):
    membership = tidgiver.memberships.get()
    before = audit.entries_about(membership).count()
    assert change_role(membership, R.TIDGIVER, actor=unit_admin) is False
    assert audit.entries_about(membership).count() == before


# The rule as a table (actor's role in the unit, target's current role, new role) -> allowed.
RULES = [
    ("coordinator", R.TIDGIVER, R.APPLICANT, True),
    ("coordinator", R.APPLICANT, R.TIDGIVER, True),
    ("coordinator", R.TIDGIVER, R.COORDINATOR, False),
    ("coordinator", R.TIDGIVER, R.UNIT_ADMIN, False),
    ("coordinator", R.COORDINATOR, R.TIDGIVER, False),
    ("unit_admin", R.TIDGIVER, R.COORDINATOR, True),
    ("unit_admin", R.COORDINATOR, R.TIDGIVER, True),
    ("unit_admin", R.TIDGIVER, R.UNIT_ADMIN, False),
    ("unit_admin", R.UNIT_ADMIN, R.COORDINATOR, False),
    ("tidgiver", R.APPLICANT, R.TIDGIVER, False),
    ("other_coordinator", R.TIDGIVER, R.APPLICANT, False),
    ("superuser", R.COORDINATOR, R.UNIT_ADMIN, True),
]


@pytest.mark.parametrize(("actor_role", "current", "new", "allowed"), RULES)
def test_may_change_role_table(unit, other_unit, actor_role, current, new, allowed):
    if actor_role == "superuser":
        actor = factories.make_superuser()
    elif actor_role == "other_coordinator":
        actor = factories.make_member(other_unit, R.COORDINATOR)
    else:
        actor = factories.make_member(unit, Role(actor_role))
    target = factories.make_member(unit, current).memberships.get()
    assert may_change_role(actor, target, new) is allowed


def test_may_change_role_never_own(unit_admin):
    assert may_change_role(unit_admin, unit_admin.memberships.get(), R.COORDINATOR) is False


def test_grantable_roles_coordinator(coordinator, unit):
    assert grantable_roles(coordinator, unit) == {R.APPLICANT, R.TIDGIVER}
