"""Fixtures for the coordinator's back office: applications in the coordinator's unit and in another unit."""

import datetime

import pytest
from django.utils import timezone

from tests.volunteers.conftest import make_application


def days_ago(days):
    return timezone.now() - datetime.timedelta(days=days)


@pytest.fixture
def own_application(unit, role):
    return make_application(unit, volunteer_role=role, first_name="Astrid", last_name="Drammensen")


@pytest.fixture
def foreign_application(other_unit, role):
    return make_application(other_unit, volunteer_role=role, first_name="Oskar", last_name="Oslosen")
