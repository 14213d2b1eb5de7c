"""Screening decisions go into the one audit trail, shown on the application's History in the back office."""

import pytest

from portal.org import audit
from volunteers.domain import screening
from volunteers.enums import ApplicationState

from .conftest import make_application

pytestmark = pytest.mark.django_db


def test_transition_writes_an_audit_entry_shown_in_history(staff_client, coordinator, unit):
    application = make_application(unit)

    screening.transition(application, ApplicationState.CONTACTED, actor=coordinator)

    [entry] = audit.entries_about(application).filter(action=screening.TRANSITIONED)
    assert (entry.user, entry.data) == (coordinator, {"from": "received", "to": "contacted"})
    assert entry.label == f"Søknad {application.pk}"
    history = staff_client.get(f"/admin/applications/history/{application.pk}/")
    assert "Status: Mottatt → Kontaktet" in history.text


def test_transition_unchanged_writes_no_audit_entry(coordinator, unit):
    application = make_application(unit)
    assert screening.transition(application, ApplicationState.RECEIVED, actor=coordinator) is False
    assert not audit.entries_about(application).exists()


def test_retention_delete_keeps_the_decisions_in_the_audit_trail(coordinator, unit, settings):
    import datetime

    from django.utils import timezone
    from wagtail.models import ModelLogEntry

    from volunteers import tasks
    from volunteers.models import Application

    settings.APPLICATION_RETENTION_MODE = "delete"
    application = make_application(unit)
    screening.transition(application, ApplicationState.WITHDRAWN, actor=coordinator)
    Application.objects.filter(pk=application.pk).update(state_changed_at=timezone.now() - datetime.timedelta(days=400))

    assert tasks.purge_expired_applications() == 1

    assert not Application.objects.filter(pk=application.pk).exists()
    [entry] = ModelLogEntry.objects.filter(object_id=str(application.pk), action=screening.TRANSITIONED)
    assert (entry.label, entry.user, entry.data) == ("–", coordinator, {"from": "received", "to": "withdrawn"})
