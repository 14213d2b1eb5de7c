"""Factories for hour entries and what they need. Plain functions building real state through the domain."""

import datetime
from decimal import Decimal

from django.utils import timezone

from portal.org.enums import Role
from tests import factories
from volunteers.enums import VolunteerStatus
from volunteers.hours.domain import entries
from volunteers.hours.domain.unit_settings import activity_kinds
from volunteers.hours.models import MileageRate
from volunteers.models import Volunteer


def make_volunteer(unit, user=None, **user_fields):
    user = user or factories.make_member(unit, Role.TIDGIVER, **user_fields)
    return Volunteer.objects.create(user=user, unit=unit, status=VolunteerStatus.ACTIVE, approved_at=timezone.now())


def lunch(unit):
    return activity_kinds(unit).get(category="lunch")


def submit(volunteer, *, days_ago=1, quarters=6, **fields):
    fields.setdefault("activity_kind", lunch(volunteer.unit))
    return entries.submit(
        volunteer,
        actor=volunteer.user,
        date=timezone.localdate() - datetime.timedelta(days=days_ago),
        quarters=quarters,
        **fields,
    )


def set_rate(unit, per_km, per_passenger_km="0", effective_from=datetime.date(2020, 1, 1)):
    return MileageRate.objects.create(
        unit=unit, effective_from=effective_from, per_km=Decimal(per_km), per_passenger_km=Decimal(per_passenger_km)
    )
