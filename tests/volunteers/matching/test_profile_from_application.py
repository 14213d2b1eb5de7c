"""The application's rough availability and interests become the matching profile at approval, and the data
migration does the same for Tidgivere approved before matching existed."""

import importlib

import pytest
from django.apps import apps as django_apps

from tests.volunteers.conftest import make_application
from volunteers.availability import slots_from_application
from volunteers.domain import profiles as volunteer_profiles
from volunteers.enums import ApplicationState
from volunteers.matching.domain.profiles import match_competencies, match_languages
from volunteers.matching.models import AvailabilitySlot, MatchingProfile
from volunteers.models import Volunteer

pytestmark = pytest.mark.django_db

WEEK = ["mon", "tue", "wed", "thu", "fri"]


@pytest.mark.parametrize(
    ("days", "times", "expected"),
    [
        (["tue"], ["evening"], [("tue", "evening")]),
        (
            ["mon", "thu"],
            ["daytime"],
            [("mon", "morning"), ("mon", "afternoon"), ("thu", "morning"), ("thu", "afternoon")],
        ),
        (["sat"], [], [("sat", "morning"), ("sat", "afternoon"), ("sat", "evening")]),
        ([], ["evening"], [(day, "evening") for day in WEEK]),
        ([], ["weekend"], [(d, p) for d in ("sat", "sun") for p in ("morning", "afternoon", "evening")]),
        (["wed"], ["evening", "weekend"], [("wed", "evening"), ("sat", "evening"), ("sun", "evening")]),
        ([], [], []),
    ],
)
def test_slots_from_application_mapping(days, times, expected):
    assert [(str(d), str(p)) for d, p in slots_from_application(days, times)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("norsk, engelsk og litt polsk", ["en", "nb", "pl"]), ("Norwegian and Arabic", ["ar", "nb"]), ("", [])],
)
def test_match_languages_best_effort(text, expected):
    assert sorted(language.slug for language in match_languages(text)) == expected


def test_match_competencies_best_effort():
    found = match_competencies("Jobber med budsjett i NAV, spiller fotball og lager mat")
    assert sorted(c.slug for c in found) == ["cooking", "personal_finance", "public_offices", "sport_activity"]


def test_approval_copies_availability_and_interests(unit, role):
    application = make_application(
        unit,
        volunteer_role=role,
        state=ApplicationState.APPROVED,
        available_days=["tue", "thu"],
        available_times=["evening"],
        interests=["culture", "personal_finance"],
        languages="norsk, engelsk",
        competencies="Privatøkonomi og regninger",
        lived_experience=True,
    )
    volunteer = volunteer_profiles.activate_for(application)

    profile = MatchingProfile.objects.get(volunteer=volunteer)
    assert sorted(AvailabilitySlot.objects.filter(volunteer=volunteer).values_list("weekday", "day_part")) == [
        ("thu", "evening"),
        ("tue", "evening"),
    ]
    assert sorted(i.slug for i in profile.interests.all()) == ["culture", "personal_finance"]
    assert sorted(lang.slug for lang in profile.languages.all()) == ["en", "nb"]
    assert [c.slug for c in profile.competencies.all()] == ["personal_finance"]
    assert (profile.postal_code, profile.municipality, profile.lived_experience, profile.capacity) == (
        "3015",
        "Drammen",
        True,
        1,
    )


def test_approval_again_keeps_what_the_tidgiver_chose(unit, role):
    application = make_application(unit, volunteer_role=role, available_days=["tue"], available_times=["evening"])
    volunteer = volunteer_profiles.activate_for(application)
    AvailabilitySlot.objects.filter(volunteer=volunteer).update(weekday="fri", day_part="morning")
    volunteer_profiles.activate_for(application)
    assert list(AvailabilitySlot.objects.filter(volunteer=volunteer).values_list("weekday", "day_part")) == [
        ("fri", "morning")
    ]


def test_backfill_migration_builds_profiles_from_applications(unit, role):
    application = make_application(
        unit,
        volunteer_role=role,
        available_days=["sat"],
        available_times=["daytime"],
        interests=["sport_outdoor"],
        languages="Norsk",
        competencies="Har jobbet som lærer",
    )
    volunteer = Volunteer.objects.create(
        user=application.user, unit=unit, application=application, interests=["sport_outdoor", "culture"]
    )
    migration = importlib.import_module("volunteers.matching.migrations.0003_backfill_profiles")

    migration.backfill(django_apps, None)
    migration.backfill(django_apps, None)  # a second run leaves the profile alone

    profile = MatchingProfile.objects.get(volunteer=volunteer)
    assert sorted(i.slug for i in profile.interests.all()) == ["culture", "sport_outdoor"]
    assert [lang.slug for lang in profile.languages.all()] == ["nb"]
    assert [c.slug for c in profile.competencies.all()] == ["school_courses"]
    assert sorted(AvailabilitySlot.objects.filter(volunteer=volunteer).values_list("weekday", "day_part")) == [
        ("sat", "afternoon"),
        ("sat", "morning"),
    ]
