"""A coordinator corrects an approved entry in the back office: the form, the reason, the audit entry, the scope."""

import datetime
from decimal import Decimal

from django.utils import timezone

from tests.mfa import log_in_with_mfa
from volunteers.hours.domain import entries
from volunteers.hours.models import HourEntry, HourEntryEvent

from .factories import set_rate, submit


def url(entry):
    return f"/admin/hour_entries/correct/{entry.pk}/"


def approved(volunteer, coordinator, **fields):
    entry = submit(volunteer, **fields)
    entries.transition(entry, "approved", actor=coordinator)
    return HourEntry.objects.get(pk=entry.pk)


def form_data(entry, **changes):
    data = {
        "date": entry.date.isoformat(),
        "hours": "1,5",
        "measure": entry.measure,
        "life_area": entry.life_area,
        "km": entry.km,
        "passengers": entry.passengers,
        "travel_costs": "0",
        "other_expenses": "0",
        "other_expenses_text": "",
        "note": entry.note,
        "reason": "Kjørte 20 km, ikke 10",
    }
    return {**data, **changes}


def test_inspect_page_of_an_approved_entry_has_the_correct_button(staff_client, coordinator, volunteer):
    entry = approved(volunteer, coordinator, km=10)
    waiting = submit(volunteer)

    html = staff_client.get(f"/admin/hour_entries/inspect/{entry.pk}/").content.decode()
    waiting_html = staff_client.get(f"/admin/hour_entries/inspect/{waiting.pk}/").content.decode()

    assert f'href="{url(entry)}" data-correct-entry' in html
    assert "data-correct-entry" not in waiting_html


def test_correction_form_is_filled_with_the_entry(staff_client, coordinator, volunteer):
    entry = approved(volunteer, coordinator, km=10, quarters=6)

    response = staff_client.get(url(entry))

    assert response.status_code == 200
    form = response.context["form"]
    assert (form.initial["hours"], form.initial["km"], form.initial["date"]) == ("1,5", 10, entry.date)


def test_correction_saves_recomputes_at_the_saved_rate_and_shows_in_history(staff_client, coordinator, volunteer, unit):
    set_rate(unit, "3.50")
    entry = approved(volunteer, coordinator, km=10)
    set_rate(unit, "5.00", effective_from=datetime.date(2021, 1, 1))  # a later rate does not apply

    response = staff_client.post(url(entry), form_data(entry, km=20, hours="2"))

    assert response.status_code == 302
    assert response["Location"] == f"/admin/hour_entries/inspect/{entry.pk}/"
    entry.refresh_from_db()
    assert (entry.km, entry.quarters, entry.state) == (20, 8, "approved")
    assert (entry.mileage_amount, entry.reimbursement) == (Decimal("70.00"), Decimal("70.00"))
    event = HourEntryEvent.objects.get(entry=entry, kind="corrected")
    assert (event.actor, event.text) == (coordinator, "Kjørte 20 km, ikke 10")
    assert event.changes == {"km": [10, 20], "quarters": [6, 8]}
    history = staff_client.get(response["Location"]).content.decode()
    assert "Rettet etter godkjenning" in history
    assert "Kjørte 20 km, ikke 10" in history
    assert "kjørte km: 10 → 20" in history


def test_correction_without_a_reason_is_a_field_error_and_changes_nothing(staff_client, coordinator, volunteer):
    entry = approved(volunteer, coordinator, km=10)

    response = staff_client.post(url(entry), form_data(entry, km=20, reason="   "))

    assert response.status_code == 200
    assert "reason" in response.context["form"].errors
    entry.refresh_from_db()
    assert entry.km == 10
    assert not HourEntryEvent.objects.filter(entry=entry, kind="corrected").exists()


def test_correction_with_13_hours_or_a_future_date_is_refused(staff_client, coordinator, volunteer):
    entry = approved(volunteer, coordinator)
    tomorrow = (timezone.localdate() + datetime.timedelta(days=1)).isoformat()

    too_long = staff_client.post(url(entry), form_data(entry, hours="13"))
    future = staff_client.post(url(entry), form_data(entry, date=tomorrow))

    assert too_long.context["form"].errors["hours"] == ["Mellom et kvarter (0,25) og 12 timer."]
    assert future.context["form"].errors["date"] == ["Datoen kan ikke være fram i tid."]
    entry.refresh_from_db()
    assert entry.quarters == 6


def test_a_waiting_entry_cannot_be_corrected(staff_client, volunteer):
    entry = submit(volunteer)

    response = staff_client.post(url(entry), form_data(entry, km=20))

    assert response.status_code == 302
    assert response["Location"] == f"/admin/hour_entries/inspect/{entry.pk}/"
    entry.refresh_from_db()
    assert entry.km == 0


def test_another_units_entry_is_a_404(client, coordinator, other_coordinator, volunteer):
    entry = approved(volunteer, coordinator, km=10)
    log_in_with_mfa(client, other_coordinator)

    assert client.get(url(entry)).status_code == 404
    assert client.post(url(entry), form_data(entry, km=20)).status_code == 404
    entry.refresh_from_db()
    assert entry.km == 10


def test_the_tidgiver_cannot_reach_the_correction(client, coordinator, volunteer):
    entry = approved(volunteer, coordinator, km=10)
    client.force_login(volunteer.user)

    response = client.post(url(entry), form_data(entry, km=20))

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    entry.refresh_from_db()
    assert entry.km == 10
