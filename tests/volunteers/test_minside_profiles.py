"""Min side for a Tidgiver in more than one unit: every unit's profile with its own status."""

import pytest

from portal.org.enums import Role
from tests import factories
from volunteers.enums import VolunteerStatus
from volunteers.models import Volunteer

pytestmark = pytest.mark.django_db


def test_minside_tidgiver_in_two_units_sees_both_statuses(client, unit, other_unit):
    user = factories.make_member(unit, Role.TIDGIVER, first_name="Siri")
    Volunteer.objects.create(user=user, unit=unit, status=VolunteerStatus.ACTIVE)
    Volunteer.objects.create(user=user, unit=other_unit, status=VolunteerStatus.PAUSED)
    client.force_login(user)

    text = client.get("/min-side/").text

    assert text.index("Du er Tidgiver i Drammen.") < text.index("Du er Tidgiver i Oslo.")
    assert text.count('data-testid="volunteer-status"') == 2
    assert '<span class="status" data-testid="volunteer-status">Pause</span>' in text
