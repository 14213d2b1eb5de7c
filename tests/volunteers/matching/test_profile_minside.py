"""The Tidgiver's matching profile on Min side: the 7 × 3 availability grid, "Borte til", capacity, data."""

import datetime

import pytest
from django.utils import timezone

from tests import factories
from volunteers.matching.models import AvailabilitySlot, MatchingProfile
from volunteers.models import Competency, Interest, Language

pytestmark = pytest.mark.django_db


def edit_url(volunteer):
    return f"/tidgiver/tilgjengelighet/{volunteer.pk}/"


def profile_data(**overrides):
    data = {
        "slots": ["tue:evening", "thu:evening", "sat:morning"],
        "pause": "available",
        "paused_until": "",
        "capacity": "2",
        "interests": [str(Interest.objects.get(slug="culture").pk)],
        "competencies": [str(Competency.objects.get(slug="personal_finance").pk)],
        "languages": [str(Language.objects.get(slug="nb").pk)],
        "municipality": "Drammen",
        "postal_code": "3015",
        "gender": "",
        "age_band": "30_44",
        "lived_experience": "yes",
    }
    data.update(overrides)
    return data


@pytest.fixture
def tone(client, volunteer):
    client.force_login(volunteer.user)
    return client


def test_minside_availability_section_lists_slots_and_capacity(tone, volunteer):
    AvailabilitySlot.objects.create(unit=volunteer.unit, volunteer=volunteer, weekday="tue", day_part="evening")
    AvailabilitySlot.objects.create(unit=volunteer.unit, volunteer=volunteer, weekday="sat", day_part="morning")
    text = tone.get("/min-side/").text
    assert "<li>Tirsdag: kveld</li>" in text
    assert "<li>Lørdag: formiddag</li>" in text
    assert "Høyst 1 deltaker om gangen." in text
    assert f'href="{edit_url(volunteer)}"' in text


def test_minside_edit_shows_a_seven_by_three_grid(tone, volunteer):
    text = tone.get(edit_url(volunteer)).text
    assert text.count('type="checkbox" name="slots"') == 21
    assert 'value="sun:evening"' in text


def test_minside_edit_saves_availability_capacity_and_data(tone, volunteer):
    response = tone.post(edit_url(volunteer), profile_data())

    assert response.status_code == 302
    profile = MatchingProfile.objects.get(volunteer=volunteer)
    assert sorted(AvailabilitySlot.objects.filter(volunteer=volunteer).values_list("weekday", "day_part")) == [
        ("sat", "morning"),
        ("thu", "evening"),
        ("tue", "evening"),
    ]
    assert (profile.capacity, profile.paused, profile.municipality, profile.age_band, profile.lived_experience) == (
        2,
        False,
        "Drammen",
        "30_44",
        True,
    )
    assert [i.slug for i in profile.interests.all()] == ["culture"]
    assert [c.slug for c in profile.competencies.all()] == ["personal_finance"]
    assert [lang.slug for lang in profile.languages.all()] == ["nb"]


def test_minside_edit_removes_slots_no_longer_ticked(tone, volunteer):
    tone.post(edit_url(volunteer), profile_data())
    tone.post(edit_url(volunteer), profile_data(slots=["mon:morning"]))
    assert list(AvailabilitySlot.objects.filter(volunteer=volunteer).values_list("weekday", "day_part")) == [
        ("mon", "morning")
    ]


def test_minside_pause_until_a_date_shows_and_ends_by_itself(tone, volunteer):
    back = timezone.localdate() + datetime.timedelta(days=10)
    tone.post(edit_url(volunteer), profile_data(pause="until", paused_until=back.isoformat()))
    profile = MatchingProfile.objects.get(volunteer=volunteer)

    assert (profile.paused, profile.paused_until) == (True, back)
    assert 'data-testid="pause-status"' in tone.get("/min-side/").text
    assert profile.is_paused_on(back - datetime.timedelta(days=1)) is True
    assert profile.is_paused_on(back) is False


def test_minside_pause_without_date_until_back(tone, volunteer):
    tone.post(edit_url(volunteer), profile_data(pause="paused"))
    profile = MatchingProfile.objects.get(volunteer=volunteer)
    assert (
        profile.paused,
        profile.paused_until,
        profile.is_paused_on(timezone.localdate() + datetime.timedelta(days=365)),
    ) == (
        True,
        None,
        True,
    )


@pytest.mark.parametrize("day", [0, -1])
def test_minside_pause_return_date_today_or_past_is_refused(tone, volunteer, day):
    until = timezone.localdate() + datetime.timedelta(days=day)
    response = tone.post(edit_url(volunteer), profile_data(pause="until", paused_until=until.isoformat()))
    assert response.status_code == 200
    assert "paused_until" in response.context["form"].errors
    assert MatchingProfile.objects.get(volunteer=volunteer).paused is False


@pytest.mark.parametrize("capacity", ["0", "4"])
def test_minside_capacity_outside_one_to_three_is_refused(tone, volunteer, capacity):
    response = tone.post(edit_url(volunteer), profile_data(capacity=capacity))
    assert "capacity" in response.context["form"].errors


def test_minside_edit_someone_elses_profile_is_404(client, unit, volunteer):
    other = factories.make_volunteer(unit, first_name="Per")
    client.force_login(volunteer.user)
    assert client.get(edit_url(other)).status_code == 404
    assert client.post(edit_url(other), profile_data()).status_code == 404
    assert AvailabilitySlot.objects.filter(volunteer=other).count() == 0


def test_minside_edit_requires_log_in(client, volunteer):
    response = client.get(edit_url(volunteer))
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_minside_no_availability_section_for_an_applicant(client, unit):
    applicant = factories.make_member(unit, "applicant", first_name="Siri")
    client.force_login(applicant)
    assert 'data-section="availability"' not in client.get("/min-side/").text


def test_coordinator_edits_profile_in_back_office(staff_client, volunteer):
    url = f"/admin/tidgivere/{volunteer.pk}/matching-profile/"
    assert staff_client.get(url).status_code == 200
    response = staff_client.post(url, profile_data(capacity="3", slots=["fri:afternoon"]))
    assert response.status_code == 302
    assert MatchingProfile.objects.get(volunteer=volunteer).capacity == 3


def test_coordinator_edits_another_units_profile_is_404(client_as, other_unit):
    foreign = factories.make_volunteer(other_unit, first_name="Oskar")
    url = f"/admin/tidgivere/{foreign.pk}/matching-profile/"
    assert client_as("coordinator").get(url).status_code == 404
    assert client_as("coordinator").post(url, profile_data()).status_code == 404
    assert client_as("other_coordinator").get(url).status_code == 200


def test_privacy_registry_collects_and_erases_the_matching_profile(tone, volunteer):
    from portal.privacy import registry

    tone.post(edit_url(volunteer), profile_data())
    part = {part.key: part for part in registry.parts()}["matching_profile"]

    collected = part.collect(volunteer.user)
    assert [(c["unit"], c["capacity"], c["availability"], c["lived_experience"]) for c in collected] == [
        ("Drammen", 2, ["tue:evening", "thu:evening", "sat:morning"], True)
    ]
    part.erase(volunteer.user)
    assert (MatchingProfile.objects.filter(volunteer=volunteer).count(), AvailabilitySlot.objects.count()) == (0, 0)


def test_tidgiver_profile_page_shows_matching_profile_to_the_coordinator(staff_client, volunteer):
    from volunteers.matching.domain import profiles

    profiles.update_profile(volunteer, values={"lived_experience": True})
    profiles.set_pause(volunteer, paused=True)

    text = staff_client.get(f"/admin/tidgivere/inspect/{volunteer.pk}/").text

    assert 'data-section="matching-profile"' in text
    assert "Pause til videre" in text
    assert "<dd data-lived-experience>Ja</dd>" in text
    assert f'href="/admin/tidgivere/{volunteer.pk}/matching-profile/"' in text


def test_minside_never_shows_lived_experience_back_to_others(client, unit, volunteer):
    other = factories.make_volunteer(unit, first_name="Per", lived_experience=True)
    client.force_login(volunteer.user)
    assert "egenerfaring" not in client.get("/min-side/").text.lower()
    assert other.matching_profile.lived_experience is True
