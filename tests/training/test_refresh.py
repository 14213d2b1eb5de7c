"""When a passed module is due again: the refresh interval in months, and the retraining flag."""

import datetime

import pytest
from django.utils import timezone

from training.domain.dates import add_months
from training.domain.status import status_of
from training.enums import ModuleState
from training.models import ModuleProgress


def passed_on(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (datetime.date(2025, 3, 15), 12, datetime.date(2026, 3, 15)),
        (datetime.date(2025, 1, 31), 1, datetime.date(2025, 2, 28)),
        (datetime.date(2024, 1, 31), 1, datetime.date(2024, 2, 29)),
        (datetime.date(2025, 11, 30), 3, datetime.date(2026, 2, 28)),
        (datetime.date(2025, 12, 1), 1, datetime.date(2026, 1, 1)),
        (datetime.date(2025, 6, 1), 24, datetime.date(2027, 6, 1)),
    ],
)
def test_refresh_add_months(day, months, expected):
    assert add_months(day, months) == expected


@pytest.fixture
def progress(module, applicant):
    return ModuleProgress(
        user=applicant,
        module=module,
        attempt_count=1,
        passed_at=passed_on(datetime.date(2025, 1, 31)),
        passed_version=1,
    )


@pytest.mark.django_db
def test_refresh_due_on_the_day_the_interval_ends(module, progress):
    module.refresh_interval_months = 12
    day_before = status_of(module, progress, today=datetime.date(2026, 1, 30))
    on_the_day = status_of(module, progress, today=datetime.date(2026, 1, 31))
    assert (day_before.state, day_before.passed_on, day_before.due_on) == (
        ModuleState.PASSED,
        datetime.date(2025, 1, 31),
        datetime.date(2026, 1, 31),
    )
    assert (on_the_day.state, on_the_day.complete) == (ModuleState.DUE_AGAIN, False)


@pytest.mark.django_db
def test_refresh_interval_zero_is_never_due(module, progress):
    module.refresh_interval_months = 0
    status = status_of(module, progress, today=datetime.date(2040, 1, 1))
    assert (status.state, status.due_on, status.complete) == (ModuleState.PASSED, None, True)


@pytest.mark.django_db
def test_refresh_retraining_version_makes_an_older_pass_due(module, progress):
    module.retraining_version = 2
    module.retraining_required_on = datetime.date(2025, 6, 1)
    status = status_of(module, progress, today=datetime.date(2025, 6, 2))
    assert (status.state, status.due_on) == (ModuleState.DUE_AGAIN, datetime.date(2025, 6, 1))


@pytest.mark.django_db
def test_refresh_states_before_passing(module, applicant):
    started = ModuleProgress(user=applicant, module=module, attempt_count=0)
    failed = ModuleProgress(user=applicant, module=module, attempt_count=2)
    assert status_of(module, None).state == ModuleState.NOT_STARTED
    assert status_of(module, started).state == ModuleState.STARTED
    assert status_of(module, failed).state == ModuleState.NOT_PASSED
