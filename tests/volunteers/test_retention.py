"""Rejected and withdrawn applications are anonymised (or deleted) after the retention period by a daily task."""

import datetime

import pytest
from django.utils import timezone
from django_q.models import Schedule

from volunteers import tasks
from volunteers.domain import records
from volunteers.enums import ApplicationState, EventKind
from volunteers.models import Application, ApplicationEvent

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
