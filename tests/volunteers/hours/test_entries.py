"""Submitting, editing, deleting, approving with saved amounts, correcting and paying hour entries."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.utils import timezone

from volunteers.hours.domain import entries
from volunteers.hours.domain.errors import EntryLocked, HoursError, NotAllowed, ReasonRequired
from volunteers.hours.models import HourEntry, HourEntryEvent, UnitHourSettings

from .factories import lunch, make_volunteer, set_rate, submit

TODAY = timezone.localdate


def test_submit_stores_a_submitted_entry_with_an_audit_entry(volunteer):
    entry = submit(volunteer, quarters=6, km=12, measure="activity", life_area="leisure", note="Kino")

    entry.refresh_from_db()
    assert (entry.state, entry.hours, entry.km, entry.unit, entry.source) == (
        "submitted",
        Decimal("1.5"),
        12,
        volunteer.unit,
        "web",
    )
    assert list(entry.events.values_list("kind", "to_state")) == [("submitted", "submitted")]


@pytest.mark.parametrize(
    ("days_ago", "message"),
    [(-1, "Datoen kan ikke være fram i tid."), (61, "Timer eldre enn 60 dager kan ikke føres her.")],
)
def test_submit_refuses_a_date_outside_the_window(volunteer, days_ago, message):
    with pytest.raises(HoursError, match=message):
        submit(volunteer, days_ago=days_ago)
    assert HourEntry.objects.count() == 0


def test_submit_accepts_the_oldest_day_the_unit_allows(volunteer):
    UnitHourSettings.objects.create(unit=volunteer.unit, max_entry_age_days=90)

    assert submit(volunteer, days_ago=90).date == TODAY() - datetime.timedelta(days=90)


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"quarters": 0}, "quarters"),
        ({"quarters": 49}, "quarters"),
        ({"km": 2001}, "km"),
        ({"note": "x" * 501}, "note"),
    ],
)
def test_submit_refuses_values_out_of_range(volunteer, fields, field):
    with pytest.raises(ValidationError) as raised:
        submit(volunteer, **fields)

    assert field in raised.value.message_dict
    assert HourEntry.objects.count() == 0


def test_submit_auto_approves_without_expenses_when_the_unit_chose_so(volunteer):
    UnitHourSettings.objects.create(unit=volunteer.unit, auto_approve_without_expenses=True)

    plain = submit(volunteer)
    with_km = submit(volunteer, km=10)

    assert (plain.state, plain.approved_by, plain.reimbursement) == ("approved", None, Decimal("0.00"))
    assert with_km.state == "submitted"


def test_approve_saves_the_rate_and_amounts_of_the_entry_date(volunteer, coordinator):
    unit = volunteer.unit
    set_rate(unit, "3.00", "1.00", effective_from=datetime.date(2020, 1, 1))
    set_rate(unit, "3.50", "1.00", effective_from=TODAY() - datetime.timedelta(days=5))
    old = submit(volunteer, days_ago=10, km=12, passengers=2, travel_costs=Decimal("45.50"))
    new = submit(volunteer, days_ago=1, km=12, other_expenses=Decimal("100"))

    entries.transition(old, "approved", actor=coordinator)
    entries.transition(new, "approved", actor=coordinator)

    old.refresh_from_db()
    new.refresh_from_db()
    # 12 km × 3.00 + 12 km × 2 passengers × 1.00 = 60.00; + 45.50 tolls.
    assert (old.rate_per_km, old.mileage_amount, old.reimbursement) == (
        Decimal("3.00"),
        Decimal("60.00"),
        Decimal("105.50"),
    )
    # 12 km × 3.50 = 42.00; + 100 other expenses.
    assert (new.rate_per_km, new.mileage_amount, new.reimbursement) == (
        Decimal("3.50"),
        Decimal("42.00"),
        Decimal("142.00"),
    )
    assert (new.approved_by, new.approved_at is not None) == (coordinator, True)


def test_approve_uses_the_default_rate_without_a_table(volunteer, coordinator):
    entry = submit(volunteer, km=10, passengers=1)

    entries.transition(entry, "approved", actor=coordinator)

    entry.refresh_from_db()
    assert (entry.rate_per_km, entry.rate_per_passenger_km, entry.reimbursement) == (
        Decimal("3.50"),
        Decimal("0.00"),
        Decimal("35.00"),
    )


def test_a_later_rate_change_never_rewrites_an_approved_amount(volunteer, coordinator):
    rate = set_rate(volunteer.unit, "3.50")
    entry = submit(volunteer, km=20)
    entries.transition(entry, "approved", actor=coordinator)

    rate.per_km = Decimal("5.30")
    rate.save()
    set_rate(volunteer.unit, "4.00", effective_from=TODAY() - datetime.timedelta(days=3))

    entry.refresh_from_db()
    assert entry.reimbursement == Decimal("70.00")


def test_edit_changes_a_waiting_entry_and_records_what_changed(volunteer):
    entry = submit(volunteer, quarters=6)

    entries.edit(entry, actor=volunteer.user, quarters=8, note="Tur")

    entry.refresh_from_db()
    assert (entry.quarters, entry.note, entry.state) == (8, "Tur", "submitted")
    assert HourEntryEvent.objects.get(entry=entry, kind="edited").changes == {"quarters": [6, 8], "note": ["", "Tur"]}


def test_edit_of_a_returned_entry_resubmits_it(volunteer, coordinator):
    entry = submit(volunteer)
    entries.transition(entry, "returned", actor=coordinator, comment="Feil dato")

    entries.edit(entry, actor=volunteer.user, date=TODAY() - datetime.timedelta(days=2))

    entry.refresh_from_db()
    assert entry.state == "resubmitted"


def test_edit_of_an_approved_entry_is_refused_with_the_reason(volunteer, coordinator):
    entry = submit(volunteer, quarters=6)
    entries.transition(entry, "approved", actor=coordinator)

    with pytest.raises(EntryLocked, match="Timene er godkjent og låst"):
        entries.edit(entry, actor=volunteer.user, quarters=8)
    entry.refresh_from_db()
    assert entry.quarters == 6


def test_edit_refuses_fields_the_tidgiver_does_not_set(volunteer):
    entry = submit(volunteer)

    with pytest.raises(NotAllowed):
        entries.edit(entry, actor=volunteer.user, reimbursement=Decimal("999"))


def test_delete_removes_a_waiting_entry_and_refuses_an_approved_one(volunteer, coordinator):
    waiting = submit(volunteer)
    approved = submit(volunteer)
    entries.transition(approved, "approved", actor=coordinator)

    entries.delete(waiting, actor=volunteer.user)
    with pytest.raises(EntryLocked):
        entries.delete(approved, actor=volunteer.user)

    assert list(HourEntry.objects.values_list("pk", flat=True)) == [approved.pk]


def test_correct_after_approval_needs_a_reason(volunteer, coordinator):
    entry = submit(volunteer, km=10)
    entries.transition(entry, "approved", actor=coordinator)

    with pytest.raises(ReasonRequired):
        entries.correct(entry, actor=coordinator, reason="", km=20)
    entry.refresh_from_db()
    assert entry.km == 10


def test_correct_after_approval_recomputes_at_the_saved_rate_and_audits(volunteer, coordinator):
    rate = set_rate(volunteer.unit, "3.50")
    entry = submit(volunteer, km=10)
    entries.transition(entry, "approved", actor=coordinator)
    rate.per_km = Decimal("9.99")
    rate.save()

    entries.correct(entry, actor=coordinator, reason="Kjørte 20 km, ikke 10", km=20)

    entry.refresh_from_db()
    assert (entry.km, entry.reimbursement, entry.state) == (20, Decimal("70.00"), "approved")
    event = HourEntryEvent.objects.get(entry=entry, kind="corrected")
    assert (event.actor, event.text, event.changes) == (coordinator, "Kjørte 20 km, ikke 10", {"km": [10, 20]})


def test_mark_paid_marks_only_approved_unpaid_entries_with_money(volunteer, coordinator):
    with_money = submit(volunteer, km=10)
    without_money = submit(volunteer)
    waiting = submit(volunteer, km=5)
    for entry in (with_money, without_money):
        entries.transition(entry, "approved", actor=coordinator)

    assert entries.mark_paid([with_money, without_money, waiting], actor=coordinator) == 1
    assert entries.mark_paid([with_money], actor=coordinator) == 0

    with_money.refresh_from_db()
    assert (with_money.paid_by, with_money.paid_at is not None) == (coordinator, True)
    assert HourEntryEvent.objects.filter(kind="paid").count() == 1


def test_one_entry_per_sms_id(volunteer):
    submit(volunteer, message_sid="SM123")

    with pytest.raises(IntegrityError):  # the database's constraint (not checked by a query beforehand)
        submit(volunteer, message_sid="SM123")
    assert HourEntry.objects.count() == 1


def test_activity_kinds_start_with_the_default_list_per_unit(unit, other_unit):
    other = make_volunteer(other_unit)

    assert lunch(unit).unit == unit
    assert lunch(other.unit).unit == other_unit
    assert [kind.category for kind in lunch(unit).unit.activity_kinds.all()] == [
        "theme_evening",
        "lunch",
        "course",
        "training",
        "other_group",
    ]
