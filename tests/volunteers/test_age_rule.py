"""Who may apply at what age: adults from the unit's minimum age, under-18s only with a youth age and a guardian."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from portal.org.models import Unit
from volunteers.domain.applications import ADULT, TOO_YOUNG, YOUTH, age_rule

TODAY = datetime.date(2026, 11, 23)


def born_years_ago(years):
    return TODAY.replace(year=TODAY.year - years)


@pytest.mark.parametrize(
    ("minimum_age", "youth_minimum_age", "age", "expected"),
    [
        (18, None, 18, ADULT),
        (18, None, 17, TOO_YOUNG),
        (18, 13, 17, YOUTH),
        (18, 13, 13, YOUTH),
        (18, 13, 12, TOO_YOUNG),
        (20, 13, 19, TOO_YOUNG),  # not a minor, so no guardian route: the unit wants adults from 20
        (20, 13, 16, YOUTH),
        (20, None, 20, ADULT),
    ],
)
def test_age_rule_by_unit_limits(minimum_age, youth_minimum_age, age, expected):
    unit = Unit(name="Test", slug="test", minimum_age=minimum_age, youth_minimum_age=youth_minimum_age)

    assert age_rule(unit, born_years_ago(age), today=TODAY) == expected


@pytest.mark.parametrize(("minimum_age", "youth_minimum_age"), [(16, None), (18, 18), (18, 11)])
def test_unit_age_limits_keep_minors_to_the_youth_route(minimum_age, youth_minimum_age):
    unit = Unit(name="Test", slug="test", minimum_age=minimum_age, youth_minimum_age=youth_minimum_age)

    with pytest.raises(ValidationError):
        unit.full_clean(exclude=["name", "slug"])
