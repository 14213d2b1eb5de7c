"""Building blocks for the ranking tests: vocabulary entries, Tidgivere with a full profile, participants' needs."""

import datetime

from django.utils import timezone

from tests import factories
from volunteers.matching.models import AvailabilitySlot
from volunteers.models import Competency, Interest, Language
from volunteers.participants.models import ParticipantLifeArea, ParticipantSlot


def interest(name):
    return Interest.objects.get_or_create(slug=f"test-{name}", defaults={"name": name})[0]


def language(name):
    return Language.objects.get_or_create(slug=f"test-{name}", defaults={"name": name})[0]


def competency(name, life_area):
    return Competency.objects.get_or_create(slug=f"test-{name}", defaults={"name": name, "life_area": life_area})[0]


def tidgiver(
    unit,
    *,
    interests=(),
    competencies=(),
    languages=(),
    slots=(),
    approved_days_ago=0,
    first_name=None,
    **profile_fields,
):
    """An approved, active Tidgiver with a matching profile, interests, competencies, languages and slots."""
    volunteer = factories.make_volunteer(unit, first_name=first_name, **profile_fields)
    volunteer.approved_at = timezone.now() - datetime.timedelta(days=approved_days_ago)
    volunteer.save(update_fields=["approved_at"])
    profile = volunteer.matching_profile
    profile.interests.set([interest(name) for name in interests])
    profile.competencies.set([competency(name, area) for name, area in competencies])
    profile.languages.set([language(name) for name in languages])
    AvailabilitySlot.objects.bulk_create(
        [AvailabilitySlot(unit=unit, volunteer=volunteer, weekday=day, day_part=part) for day, part in slots]
    )
    return volunteer


def participant(unit, *, interests=(), languages=(), life_areas=(), slots=(), **fields):
    """A waiting participant with interests, languages, life areas (most important first) and slots."""
    person = factories.make_participant(unit, **fields)
    person.interests.set([interest(name) for name in interests])
    person.languages.set([language(name) for name in languages])
    ParticipantLifeArea.objects.bulk_create(
        [
            ParticipantLifeArea(unit=unit, participant=person, life_area=area, rank=rank)
            for rank, area in enumerate(life_areas, start=1)
        ]
    )
    ParticipantSlot.objects.bulk_create(
        [ParticipantSlot(unit=unit, participant=person, weekday=day, day_part=part) for day, part in slots]
    )
    return person
