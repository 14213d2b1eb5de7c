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
