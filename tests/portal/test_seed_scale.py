"""seed_scale: the benchmark installation, small here; the same command makes 10,000 Tidgivere."""

import pytest
from django.core.management import call_command

from portal.org.enums import Role
from portal.org.models import Membership, Unit
from tests import factories
from volunteers.enums import ApplicationState
from volunteers.matching.enums import MatchState
from volunteers.matching.models import AvailabilitySlot, Match, MatchingProfile
from volunteers.models import Application, Volunteer
from volunteers.participants.models import Participant

pytestmark = pytest.mark.django_db

SMALL = {"units": 3, "volunteers": 30, "applications": 40, "participants": 10, "matches": 8, "hours": 100}


def seed(**counts):
    call_command("seed_scale", **{**SMALL, **counts}, stdout=open("/dev/null", "w"))  # noqa: SIM115


def counts():
    scale_units = Unit.objects.filter(slug__startswith="skala-")
    return {
        "units": scale_units.count(),
        "volunteers": Volunteer.objects.filter(unit__in=scale_units).count(),
        "applications": Application.objects.filter(unit__in=scale_units).count(),
        "approved": Application.objects.filter(unit__in=scale_units, state=ApplicationState.APPROVED).count(),
        "coordinators": Membership.objects.filter(unit__in=scale_units, role=Role.COORDINATOR).count(),
        "profiles": MatchingProfile.objects.filter(unit__in=scale_units).count(),
        "participants": Participant.objects.filter(unit__in=scale_units).count(),
        "matches": Match.objects.filter(unit__in=scale_units).count(),
    }


@pytest.fixture(autouse=True)
def existing_installation(db):
    """A unit already there: seed_demo (which seed_scale runs first) leaves a non-empty database alone."""
    return factories.make_unit("Drammen", slug="drammen")


def test_seed_scale_makes_the_counts_asked_for():
    seed()

    # 24 of the 40 applications are approved (60 %); each belongs to a Tidgiver. 3 unit coordinators + 1 for all.
    assert counts() == {
        "units": 3,
        "volunteers": 30,
        "applications": 40,
        "approved": 24,
        "coordinators": 6,
        "profiles": 30,
        "participants": 10,
        "matches": 8,
    }


def test_seed_scale_twice_changes_nothing():
    seed()
    first = counts()

    seed()

    assert counts() == first


def test_seed_scale_spreads_tidgivere_over_the_units():
    seed()

    per_unit = sorted(Volunteer.objects.filter(unit__slug__startswith="skala-").values_list("unit__slug", flat=True))
    assert [per_unit.count(slug) for slug in ("skala-01", "skala-02", "skala-03")] == [10, 10, 10]


def test_seed_scale_people_log_in_with_the_demo_password(client):
    seed()

    assert client.login(email="koordinator@skala.example.org", password="steg-for-steg-demo") is True
    assert client.login(email="tidgiver-00001@skala.example.org", password="steg-for-steg-demo") is True


def test_seed_scale_matches_stay_in_the_unit_and_within_capacity():
    seed(volunteers=60, participants=40, matches=50)

    matches = Match.objects.select_related("participant", "volunteer__matching_profile")
    assert all(m.participant.unit_id == m.volunteer.unit_id == m.unit_id for m in matches)
    open_matches = {}
    for match in matches.filter(state=MatchState.ACTIVE):
        open_matches[match.volunteer] = open_matches.get(match.volunteer, 0) + 1
    assert all(count <= volunteer.matching_profile.capacity for volunteer, count in open_matches.items())
    assert AvailabilitySlot.objects.filter(volunteer__unit__slug__startswith="skala-").count() >= 2 * 60
