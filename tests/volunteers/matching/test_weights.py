"""A unit admin sets the ranking weights of their unit; coordinators may not; the ranking uses the new weights."""

import pytest
from django.test import Client
from wagtail.models import ModelLogEntry

from tests.mfa import log_in_with_mfa
from volunteers.matching.domain import ranking
from volunteers.matching.enums import DEFAULT_WEIGHTS
from volunteers.matching.models import MatchingSettings

from . import ranking_data as data

pytestmark = pytest.mark.django_db

URL = "/admin/matching/weights/"


@pytest.fixture
def admin_client(unit_admin):
    client = Client()
    log_in_with_mfa(client, unit_admin)
    return client


def posted(**changes):
    return {**DEFAULT_WEIGHTS, **changes}


def test_weights_unit_admin_saves_and_ranking_uses_them(admin_client, unit, unit_admin):
    person = data.participant(unit, interests=["kino"])
    data.tidgiver(unit, interests=["kino"])

    response = admin_client.post(f"{URL}?unit={unit.pk}", posted(interests=60, load=0))

    assert response.status_code == 302
    assert MatchingSettings.objects.get(unit=unit).weights == posted(interests=60, load=0)
    assert ranking.rank(person).candidates[0].score == 60
    entry = ModelLogEntry.objects.get(action="matching.weights_changed")
    assert (entry.user, entry.data["after"]["interests"], entry.data["before"]["interests"]) == (unit_admin, 60, 30)
    settings = MatchingSettings.objects.get(unit=unit)
    assert entry.label == f"Innstillinger for matching {settings.pk}"  # the audit trail's neutral title


def test_weights_form_shows_the_units_current_weights(admin_client, unit):
    MatchingSettings.objects.create(unit=unit, weight_area=40)

    response = admin_client.get(URL)

    assert response.context["form"].initial == posted(area=40)


def test_weights_out_of_range_save_nothing(admin_client, unit):
    response = admin_client.post(URL, posted(interests=101, area=-1))

    assert response.status_code == 200
    assert sorted(response.context["form"].errors) == ["area", "interests"]
    assert not MatchingSettings.objects.exists()


def test_weights_unchanged_writes_no_log_entry(admin_client, unit):
    MatchingSettings.objects.create(unit=unit)

    admin_client.post(URL, posted())

    assert not ModelLogEntry.objects.filter(action="matching.weights_changed").exists()


def test_weights_coordinator_may_not_and_another_unit_is_404(staff_client, admin_client, other_unit):
    # Wagtail answers a permission refusal in the back office with a redirect to the admin home.
    assert staff_client.get(URL)["Location"] == "/admin/"
    assert staff_client.post(URL, posted(interests=0))["Location"] == "/admin/"
    assert admin_client.get(f"{URL}?unit={other_unit.pk}").status_code == 404
    assert not MatchingSettings.objects.exists()
