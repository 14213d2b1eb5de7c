"""A Tidgiver profile's status: pause, end, reactivate; allowed changes are data, each one audited."""

import pytest

from portal.org.enums import Role
from tests import factories
from volunteers.domain import profiles
from volunteers.domain.errors import ScreeningError
from volunteers.enums import VOLUNTEER_STATUS_TRANSITIONS, VolunteerStatus
from volunteers.models import Volunteer, VolunteerStatusChange

pytestmark = pytest.mark.django_db
V = VolunteerStatus
ALLOWED = [(f, t) for f in V for t in sorted(VOLUNTEER_STATUS_TRANSITIONS[f])]
FORBIDDEN = [(f, t) for f in V for t in V if t != f and t not in VOLUNTEER_STATUS_TRANSITIONS[f]]


def _volunteer(unit, status=V.ACTIVE):
    user = factories.make_member(unit, Role.TIDGIVER, first_name="Siri")
    return Volunteer.objects.create(user=user, unit=unit, status=status)


@pytest.mark.parametrize(("from_status", "to_status"), ALLOWED)
def test_change_status_allowed_writes_audit_entry(unit, coordinator, from_status, to_status):
    volunteer = _volunteer(unit, from_status)

    assert profiles.change_status(volunteer, to_status, actor=coordinator, reason=" Flytter ") is True

    volunteer.refresh_from_db()
    assert volunteer.status == to_status
    change = VolunteerStatusChange.objects.get(volunteer=volunteer)
    assert (change.actor, change.from_status, change.to_status, change.reason) == (
        coordinator,
        from_status,
        to_status,
        "Flytter",
    )


@pytest.mark.parametrize(("from_status", "to_status"), FORBIDDEN)
def test_change_status_forbidden_raises_and_changes_nothing(unit, coordinator, from_status, to_status):
    volunteer = _volunteer(unit, from_status)
    with pytest.raises(ScreeningError):
        profiles.change_status(volunteer, to_status, actor=coordinator)
    volunteer.refresh_from_db()
    assert volunteer.status == from_status
    assert not VolunteerStatusChange.objects.exists()


def test_change_status_unchanged_is_a_no_op(unit, coordinator):
    volunteer = _volunteer(unit, V.PAUSED)
    assert profiles.change_status(volunteer, V.PAUSED, actor=coordinator) is False
    assert not VolunteerStatusChange.objects.exists()


def test_status_transitions_table():
    table = VOLUNTEER_STATUS_TRANSITIONS
    assert table == {
        "": {V.ACTIVE},  # no profile yet: approving the application starts it active
        V.ACTIVE: {V.PAUSED, V.ENDED},
        V.PAUSED: {V.ACTIVE, V.ENDED},
        V.ENDED: {V.ACTIVE},
    }


def test_change_status_ended_removes_membership_and_reactivating_restores_it(unit, coordinator):
    from training.domain.matrix import build_matrix

    volunteer = _volunteer(unit, V.ACTIVE)

    profiles.change_status(volunteer, V.ENDED, actor=coordinator)

    assert list(volunteer.user.memberships.values_list("role", flat=True)) == []
    assert [row.membership.user for row in build_matrix(coordinator).rows] == []

    profiles.change_status(volunteer, V.ACTIVE, actor=coordinator)

    assert list(volunteer.user.memberships.values_list("unit", "role")) == [(unit.pk, Role.TIDGIVER)]


def test_change_status_ended_never_touches_a_staff_membership(unit, coordinator):
    volunteer = Volunteer.objects.create(user=coordinator, unit=unit, status=V.ACTIVE)

    profiles.change_status(volunteer, V.ENDED, actor=coordinator)
    profiles.change_status(volunteer, V.ACTIVE, actor=coordinator)

    assert list(coordinator.memberships.values_list("role", flat=True)) == [Role.COORDINATOR]


def test_activate_for_writes_the_start_as_a_status_change_and_an_audit_entry(unit, coordinator):
    from portal.org import audit
    from volunteers.domain import profiles

    from .conftest import make_application

    application = make_application(unit, state="approved")

    volunteer = profiles.activate_for(application, actor=coordinator)

    change = volunteer.status_changes.get()
    assert (change.actor, change.from_status, change.to_status) == (coordinator, "", "active")
    assert list(audit.entries_about(volunteer).values_list("action", "data")) == [
        ("volunteers.status_changed", {"from": "", "to": "active"})
    ]
