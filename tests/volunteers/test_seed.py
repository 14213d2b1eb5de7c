"""The demo data of `seed_volunteers` (run by `seed_demo`)."""

from io import StringIO

import pytest
from django.core.management import call_command

from volunteers.enums import ApplicationState, VolunteerStatus
from volunteers.models import Application, ConfidentialitySignature, Volunteer

pytestmark = pytest.mark.django_db
S = ApplicationState


def test_seed_demo_includes_volunteers_applications_in_various_states(client):
    out = StringIO()
    call_command("seed_demo", stdout=out)

    assert "Volunteers: 3 Tidgiver profiles, 7 applications." in out.getvalue()
    assert sorted(Application.objects.values_list("state", flat=True)) == sorted(
        [S.RECEIVED, S.CONTACTED, S.CONVERSATION_HELD, S.DECLARATIONS, S.REFERENCES, S.ON_HOLD, S.WITHDRAWN]
    )
    assert Application.objects.get(email="nora.nilsen@example.org").days_waiting == 9
    assert set(Volunteer.objects.values_list("status", flat=True)) == {VolunteerStatus.ACTIVE}
    assert ConfidentialitySignature.objects.count() == 3
    page = client.get("/bli-tidgiver/")
    assert '<a class="button" href="/bli-tidgiver/sok/">Søk nå</a>' in page.text
    assert 'name="unit"' in client.get("/bli-tidgiver/sok/").text
