"""Rejected and withdrawn applications are anonymised (or deleted) after the retention period by a daily task."""

import datetime

import pytest
from allauth.account.models import EmailAddress
from django.utils import timezone
from django_q.models import Schedule

from notifications.models import OutboundMessage
from portal.org.domain import set_membership
from portal.org.enums import Role
from portal.org.models import Membership
from tests import factories
from volunteers import tasks
from volunteers.domain import records
from volunteers.domain.declarations import sign_declaration
from volunteers.enums import ApplicationState, EventKind
from volunteers.models import (
    Application,
    ApplicationEvent,
    ConfidentialityDeclaration,
    ConfidentialitySignature,
    Volunteer,
)

from .conftest import make_application

pytestmark = pytest.mark.django_db
S = ApplicationState


def _closed(unit, state, days_ago, **fields):
    changed = timezone.now() - datetime.timedelta(days=days_ago)
    application = make_application(unit, state=state, state_changed_at=changed, **fields)
    ApplicationEvent.objects.create(
        application=application, kind=EventKind.TRANSITION, from_state=S.RECEIVED, to_state=state, text="Grunn"
    )
    return application


def test_retention_task_anonymises_old_rejected_and_withdrawn_only(unit, coordinator):
    old_rejected = _closed(unit, S.REJECTED, 200, rejection_reason="Intern grunn", lived_experience=True)
    records.add_note(old_rejected, coordinator, "Ringte, hyggelig prat")
    records.add_reference(old_rejected, actor=coordinator, name="Per", relation="Venn", contact="per@example.org")
    old_withdrawn = _closed(unit, S.WITHDRAWN, 190)
    recent_rejected = _closed(unit, S.REJECTED, 100)
    old_approved = _closed(unit, S.APPROVED, 400)
    old_open = make_application(unit, state=S.CONTACTED, state_changed_at=timezone.now() - datetime.timedelta(days=400))

    assert tasks.purge_expired_applications() == 2

    old_rejected.refresh_from_db()
    assert (old_rejected.first_name, old_rejected.email, old_rejected.phone, old_rejected.user) == ("", "", "", None)
    assert (old_rejected.rejection_reason, old_rejected.lived_experience, old_rejected.motivation) == ("", None, "")
    assert old_rejected.date_of_birth == datetime.date(1990, 1, 1)
    assert (old_rejected.unit, old_rejected.state, old_rejected.interests) == (
        unit,
        S.REJECTED,
        ["culture", "sport_outdoor"],
    )
    assert old_rejected.anonymised_at is not None
    assert not old_rejected.references.exists()
    assert list(old_rejected.events.values_list("kind", "to_state", "text", "actor")) == [
        (EventKind.TRANSITION, S.REJECTED, "", None)
    ]
    assert Application.objects.get(pk=old_withdrawn.pk).anonymised_at is not None
    for kept in (recent_rejected, old_approved, old_open):
        kept.refresh_from_db()
        assert kept.anonymised_at is None
        assert kept.first_name == "Siri"
    assert tasks.purge_expired_applications() == 0  # idempotent


def test_retention_also_removes_answers_sent_again(unit):
    from volunteers.models import PendingUpdate

    old_withdrawn = _closed(unit, S.WITHDRAWN, 190)
    PendingUpdate.objects.create(application=old_withdrawn, unit=unit, answers={"motivation": "Ny tekst"})

    assert tasks.purge_expired_applications() == 1

    assert not PendingUpdate.objects.exists()


def test_retention_period_is_a_setting(unit, settings):
    settings.APPLICATION_RETENTION_MONTHS = 2
    application = _closed(unit, S.REJECTED, 70)
    assert tasks.purge_expired_applications() == 1
    application.refresh_from_db()
    assert application.anonymised_at is not None


def test_retention_delete_mode_deletes(unit, settings):
    settings.APPLICATION_RETENTION_MODE = "delete"
    _closed(unit, S.WITHDRAWN, 200)
    kept = _closed(unit, S.WITHDRAWN, 10)
    assert tasks.purge_expired_applications() == 1
    assert list(Application.objects.all()) == [kept]


def test_retention_schedule_exists_once_and_runs_the_task():
    schedule = Schedule.objects.get(func="volunteers.tasks.purge_expired_applications")
    assert (schedule.schedule_type, schedule.repeats) == (Schedule.DAILY, -1)


# --- The person behind an expired application: membership, signatures, account ---------------------------


def _signed(user):
    declaration = ConfidentialityDeclaration.objects.create(text="Jeg lover å bevare taushet.")
    return sign_declaration(user, user.get_full_name(), "10.0.0.7", declaration)


def test_retention_forgets_an_applicant_with_nothing_else(unit):
    application = _closed(unit, S.REJECTED, 200)
    user = application.user
    _signed(user)
    assert list(user.memberships.values_list("role", flat=True)) == ["applicant"]

    assert tasks.purge_expired_applications() == 1

    user.refresh_from_db()
    assert (user.first_name, user.last_name, user.phone, user.email) == (
        "",
        "",
        "",
        f"anonymised-{user.pk}@example.invalid",
    )
    assert (user.is_active, user.has_usable_password()) == (False, False)
    assert not EmailAddress.objects.filter(user=user).exists()
    assert not ConfidentialitySignature.objects.filter(user=user).exists()
    assert not Membership.objects.filter(user=user).exists()


def test_retention_never_touches_a_tidgiver_elsewhere(unit, other_unit):
    application = _closed(unit, S.WITHDRAWN, 200)
    user = application.user
    set_membership(user, other_unit, Role.TIDGIVER)
    Volunteer.objects.create(user=user, unit=other_unit)
    signature = _signed(user)

    tasks.purge_expired_applications()

    user.refresh_from_db()
    assert (user.is_active, user.first_name, user.email) == (True, "Siri", application.email)
    assert list(ConfidentialitySignature.objects.filter(user=user)) == [signature]
    assert list(user.memberships.values_list("unit__slug", "role")) == [("oslo", "tidgiver")]
    assert Application.objects.get(pk=application.pk).anonymised_at is not None


@pytest.mark.parametrize("role", [Role.COORDINATOR, Role.UNIT_ADMIN])
def test_retention_never_touches_staff(unit, other_unit, role):
    application = _closed(unit, S.REJECTED, 200)
    user = application.user
    set_membership(user, other_unit, role)
    _signed(user)

    tasks.purge_expired_applications()

    user.refresh_from_db()
    assert (user.is_active, user.first_name) == (True, "Siri")
    assert ConfidentialitySignature.objects.filter(user=user).count() == 1


def test_retention_never_touches_a_wagtail_editor(unit):
    from django.contrib.auth.models import Group

    application = _closed(unit, S.REJECTED, 200)
    editor = application.user
    editor.groups.add(Group.objects.get(name="Editors"))

    assert tasks.purge_expired_applications() == 1

    editor.refresh_from_db()
    assert (editor.is_active, editor.email, editor.has_usable_password()) == (True, application.email, True)


def test_retention_never_touches_a_superuser(unit):
    admin = factories.make_superuser(email="root@example.org", first_name="Rut")
    _closed(unit, S.REJECTED, 200, user=admin, email=admin.email)

    tasks.purge_expired_applications()

    admin.refresh_from_db()
    assert (admin.is_active, admin.first_name, admin.email) == (True, "Rut", "root@example.org")
    assert EmailAddress.objects.filter(user=admin).count() == 1


def test_retention_keeps_account_and_signature_with_another_open_application(unit, other_unit):
    old = _closed(unit, S.WITHDRAWN, 200)
    user = old.user
    make_application(other_unit, user=user, email=user.email)
    set_membership(user, other_unit, Role.APPLICANT)
    _signed(user)

    tasks.purge_expired_applications()

    user.refresh_from_db()
    assert (user.is_active, user.first_name) == (True, "Siri")
    assert ConfidentialitySignature.objects.filter(user=user).count() == 1
    assert list(user.memberships.values_list("unit__slug", "role")) == [("oslo", "applicant")]


def test_retention_keeps_account_with_a_recent_closed_application_but_drops_signatures(unit, other_unit):
    old = _closed(unit, S.REJECTED, 200)
    user = old.user
    _closed(other_unit, S.WITHDRAWN, 10, user=user, email=user.email)
    _signed(user)

    tasks.purge_expired_applications()

    user.refresh_from_db()
    assert (user.is_active, user.first_name) == (True, "Siri")
    assert not ConfidentialitySignature.objects.filter(user=user).exists()


def test_retention_delete_mode_also_forgets_the_account(unit, settings):
    settings.APPLICATION_RETENTION_MODE = "delete"
    application = _closed(unit, S.WITHDRAWN, 200)
    user = application.user

    assert tasks.purge_expired_applications() == 1

    user.refresh_from_db()
    assert (user.is_active, user.first_name) == (False, "")


def test_retention_closes_and_anonymises_youth_application_never_confirmed(unit):
    submitted = timezone.now() - datetime.timedelta(days=200)
    stuck = make_application(
        unit, state=S.AWAITING_GUARDIAN, submitted_at=submitted, state_changed_at=submitted, guardian_name="Gro"
    )
    recent = make_application(unit, state=S.AWAITING_GUARDIAN, guardian_name="Gro")
    user = stuck.user
    asked_again = make_application(
        unit,
        state=S.AWAITING_GUARDIAN,
        submitted_at=submitted,
        state_changed_at=submitted,
        last_resubmitted_at=timezone.now() - datetime.timedelta(days=1),
        guardian_name="Gro",
    )

    assert tasks.purge_expired_applications() == 1
    assert not OutboundMessage.objects.exists()  # nobody consented to messages: the young person gets none
    asked_again.refresh_from_db()
    assert (asked_again.state, asked_again.anonymised_at) == (S.AWAITING_GUARDIAN, None)

    stuck.refresh_from_db()
    assert (stuck.state, stuck.first_name, stuck.guardian_name, stuck.user) == (S.WITHDRAWN, "", "", None)
    assert stuck.anonymised_at is not None
    event = stuck.events.get(kind=EventKind.TRANSITION)
    assert (event.from_state, event.to_state, event.actor) == (S.AWAITING_GUARDIAN, S.WITHDRAWN, None)
    user.refresh_from_db()
    assert user.is_active is False
    recent.refresh_from_db()
    assert (recent.state, recent.anonymised_at) == (S.AWAITING_GUARDIAN, None)
    assert tasks.purge_expired_applications() == 0
