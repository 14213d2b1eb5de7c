"""Screening guards: a young applicant's guardian, approving staff and Tidgivere of another unit, the role."""

import datetime

import pytest
from django.utils import timezone

from portal.org.enums import Role
from tests import factories
from volunteers.domain import checklist, screening
from volunteers.domain.errors import ScreeningError, TransitionNotAllowed, YouthGuardianMissing
from volunteers.enums import ApplicationState, EventKind, VolunteerStatus
from volunteers.models import ApplicationEvent, Volunteer

from .conftest import make_application

pytestmark = pytest.mark.django_db
S = ApplicationState


@pytest.fixture
def approvable(monkeypatch):
    monkeypatch.setattr("volunteers.domain.checklist.missing_items", lambda application: [])


def _youth(unit, state, **fields):
    born = timezone.localdate() - datetime.timedelta(days=16 * 365)
    fields.setdefault("guardian_name", "Gro Foresatt")
    fields.setdefault("guardian_phone", "+4790000001")
    return make_application(unit, state=state, date_of_birth=born, **fields)


@pytest.mark.parametrize(("from_state", "to_state"), [(S.RECEIVED, S.CONTACTED), (S.READY, S.APPROVED)])
def test_transition_youth_without_guardian_consent_cannot_move_past_received(
    unit, coordinator, approvable, from_state, to_state
):
    application = _youth(unit, from_state)

    with pytest.raises(YouthGuardianMissing) as error:
        screening.transition(application, to_state, actor=coordinator)

    assert str(error.value) == (
        "Søkeren var under 18 år da søknaden kom inn, og foresatte har ikke bekreftet ennå. "
        "Oppfølgingen kan ikke gå videre, og søknaden kan ikke godkjennes, før de har gjort det."
    )
    application.refresh_from_db()
    assert application.state == from_state
    assert not Volunteer.objects.exists()


def test_transition_youth_on_hold_cannot_resume_past_received_without_consent(unit, coordinator):
    application = _youth(unit, S.ON_HOLD, previous_state=S.CONTACTED)
    with pytest.raises(YouthGuardianMissing):
        screening.transition(application, S.CONTACTED, actor=coordinator)


def test_transition_youth_with_guardian_consent_is_approved(unit, coordinator, approvable):
    application = _youth(unit, S.READY, guardian_confirmed_at=timezone.now())

    assert screening.transition(application, S.APPROVED, actor=coordinator) is True

    assert Volunteer.objects.get(user=application.user).status == VolunteerStatus.ACTIVE


def test_transition_youth_without_consent_may_still_be_rejected_or_withdrawn(unit, coordinator):
    application = _youth(unit, S.RECEIVED)
    assert screening.transition(application, S.REJECTED, actor=coordinator, reason="For ung for rollen") is True


def test_awaits_guardian_for_young_unconfirmed_only(unit):
    assert screening.awaits_guardian(_youth(unit, S.RECEIVED)) is True
    assert screening.awaits_guardian(_youth(unit, S.RECEIVED, guardian_confirmed_at=timezone.now())) is False
    assert screening.awaits_guardian(make_application(unit)) is False


def test_system_transition_received_back_to_awaiting_guardian(unit):
    application = _youth(unit, S.RECEIVED)

    assert screening.transition(application, S.AWAITING_GUARDIAN, actor=None, system=True) is True

    event = ApplicationEvent.objects.get(application=application, kind=EventKind.TRANSITION)
    assert (event.actor, event.from_state, event.to_state) == (None, S.RECEIVED, S.AWAITING_GUARDIAN)


def test_system_transition_is_no_button_for_a_coordinator(unit, coordinator):
    application = _youth(unit, S.RECEIVED)
    assert S.AWAITING_GUARDIAN not in screening.allowed_targets(application)
    with pytest.raises(TransitionNotAllowed):
        screening.transition(application, S.AWAITING_GUARDIAN, actor=coordinator)


def test_system_transition_to_awaiting_guardian_refused_for_an_adult(unit):
    application = make_application(unit)
    with pytest.raises(ScreeningError) as error:
        screening.transition(application, S.AWAITING_GUARDIAN, actor=None, system=True)
    assert str(error.value) == "Bare en ung søker uten samtykke fra foresatte venter på foresatte."


def test_approve_coordinator_of_the_unit_keeps_staff_role_and_gets_profile(unit, coordinator, approvable, role):
    application = make_application(unit, state=S.READY, volunteer_role=role, user=coordinator)

    screening.transition(application, S.APPROVED, actor=coordinator)

    membership = coordinator.memberships.get(unit=unit)
    assert membership.role == Role.COORDINATOR
    assert coordinator.groups.filter(name="Koordinatorer").exists()
    volunteer = Volunteer.objects.get(user=coordinator, unit=unit)
    assert (volunteer.status, volunteer.volunteer_role) == (VolunteerStatus.ACTIVE, role)


def test_approve_unit_admin_elsewhere_becomes_tidgiver_here_and_keeps_admin_there(
    unit, other_unit, approvable, coordinator
):
    admin = factories.make_member(other_unit, Role.UNIT_ADMIN, email="admin.oslo@example.org")
    application = make_application(unit, state=S.READY, user=admin)

    screening.transition(application, S.APPROVED, actor=coordinator)

    assert dict(admin.memberships.values_list("unit__slug", "role")) == {"oslo": "unit_admin", "drammen": "tidgiver"}


def test_approve_in_second_unit_keeps_the_first_units_profile(
    unit, other_unit, coordinator, other_coordinator, approvable, staff_client
):
    first = make_application(unit, state=S.READY, first_name="Siri", last_name="Berg")
    screening.transition(first, S.APPROVED, actor=coordinator)
    siri = first.user
    second = make_application(other_unit, state=S.READY, user=siri, email=siri.email)

    screening.transition(second, S.APPROVED, actor=other_coordinator)

    profiles = Volunteer.objects.filter(user=siri).order_by("unit__name")
    assert [(p.unit.slug, p.status, p.application_id) for p in profiles] == [
        ("drammen", "active", first.pk),
        ("oslo", "active", second.pk),
    ]
    assert dict(siri.memberships.values_list("unit__slug", "role")) == {"drammen": "tidgiver", "oslo": "tidgiver"}
    listing = staff_client.get("/admin/tidgivere/")  # Drammen's coordinator
    assert [str(row.user) for row in listing.context["object_list"]] == ["Siri Berg"]
    assert [row.unit.slug for row in listing.context["object_list"]] == ["drammen"]


def test_approve_again_in_the_same_unit_reactivates_the_profile(unit, coordinator, approvable):
    first = make_application(unit, state=S.READY)
    screening.transition(first, S.APPROVED, actor=coordinator)
    Volunteer.objects.filter(user=first.user).update(status=VolunteerStatus.ENDED)
    second = make_application(unit, state=S.READY, user=first.user, email=first.email)

    screening.transition(second, S.APPROVED, actor=coordinator)

    volunteer = Volunteer.objects.get(user=first.user)
    assert (volunteer.status, volunteer.application) == (VolunteerStatus.ACTIVE, second)
    assert [(c.actor, c.from_status, c.to_status, c.reason) for c in volunteer.status_changes.order_by("pk")] == [
        (coordinator, "", "active", "Godkjent."),
        (coordinator, "ended", "active", "Godkjent på nytt."),
    ]


def test_set_volunteer_role_logs_and_the_checklist_follows(unit, coordinator, police_role):
    application = make_application(unit, volunteer_role=None)
    assert "police_certificate" not in [item.kind for item in checklist.checklist_for(application)]

    assert screening.set_volunteer_role(application, police_role, actor=coordinator) is True

    application.refresh_from_db()
    assert application.volunteer_role == police_role
    assert "police_certificate" in [item.kind for item in checklist.checklist_for(application)]
    assert application.user.memberships.get().volunteer_role == police_role
    event = ApplicationEvent.objects.get(application=application, kind=EventKind.ROLE)
    assert (event.actor, event.text) == (coordinator, "Tidgiverrolle: – → Ungdomstidgiver")


def test_set_volunteer_role_unchanged_is_a_no_op(application, coordinator, role):
    assert screening.set_volunteer_role(application, role, actor=coordinator) is False
    assert not ApplicationEvent.objects.filter(application=application).exists()


@pytest.mark.parametrize("state", [S.APPROVED, S.REJECTED, S.WITHDRAWN])
def test_set_volunteer_role_after_decision_is_refused(unit, coordinator, role, police_role, state):
    application = make_application(unit, state=state, volunteer_role=role)
    with pytest.raises(ScreeningError):
        screening.set_volunteer_role(application, police_role, actor=coordinator)
    application.refresh_from_db()
    assert application.volunteer_role == role
