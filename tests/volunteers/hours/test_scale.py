"""seed_scale's hours part: the entries asked for, in the scale units, approved ones with saved amounts."""

import pytest
from django.core.management import call_command

from tests import factories
from volunteers.hours.models import HourEntry, Meeting

SMALL = {"units": 2, "volunteers": 10, "applications": 12, "participants": 4, "matches": 3, "hours": 250}


def seed():
    call_command("seed_scale", **SMALL, stdout=open("/dev/null", "w"))  # noqa: SIM115


@pytest.fixture(autouse=True)
def existing_installation(db):
    return factories.make_unit("Drammen", slug="drammen")


def test_seed_scale_makes_the_hour_entries_and_meetings_asked_for():
    seed()

    entries = HourEntry.objects.all()
    assert entries.count() == 250
    assert set(entries.values_list("unit__slug", flat=True)) == {"skala-01", "skala-02"}
    assert not entries.filter(state="approved", reimbursement__isnull=True).exists()
    assert not entries.filter(match__isnull=True, activity_kind__isnull=True).exists()
    assert Meeting.objects.filter(volunteer=None).count() == 2 * 36 * 2


def test_seed_scale_hours_twice_changes_nothing():
    seed()
    seed()

    assert HourEntry.objects.count() == 250
