"""The list behind the worklist's "active matches without hours for 30 days": the rows it counts, own units only."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests import factories
from volunteers.hours.models import HourEntry
from volunteers.matching.enums import MatchState
from volunteers.matching.models import Match

from .factories import make_volunteer
from .test_queue import worklist_counts

SILENT = "/admin/hour-reports/silent-matches/"


def _match(volunteer, name, started_days_ago, state=MatchState.ACTIVE):
    participant = factories.make_participant(volunteer.unit, display_name=name)
    started = timezone.localdate() - datetime.timedelta(days=started_days_ago)
    return Match.objects.create(
        unit=volunteer.unit, participant=participant, volunteer=volunteer, started_on=started, state=state
    )


def _rows(html):
    return html.count('href="/admin/matches/inspect/')


def test_silent_matches_lists_own_units_matches_quiet_for_30_days(staff_client, unit, other_unit):
    quiet = _match(make_volunteer(unit, first_name="Stille"), "Ali", 45)
    talking = _match(make_volunteer(unit), "Berit", 45)
    HourEntry.objects.create(
        unit=unit, volunteer=talking.volunteer, match=talking, date=timezone.localdate(), quarters=4
    )
    _match(make_volunteer(unit), "Cato", 10)
    _match(make_volunteer(unit), "Dina", 45, state=MatchState.PAUSED)
    _match(make_volunteer(other_unit), "Fremmed", 45)

    response = staff_client.get(SILENT)

    html = response.content.decode()
    assert response.status_code == 200
    assert [m.pk for m in response.context["matches"]] == [quiet.pk]
    assert response.context["matches"][0].silent_days == 45
    assert f'href="/admin/matches/inspect/{quiet.pk}/">Ali</a>' in html
    assert "Fremmed" not in html and "Berit" not in html


def test_silent_matches_worklist_count_links_to_the_list_it_counts(staff_client, unit):
    _match(make_volunteer(unit), "Ali", 45)
    _match(make_volunteer(unit), "Berit", 31)

    counts = worklist_counts(staff_client.get("/admin/").content.decode())

    assert counts[SILENT] == 2
    assert len(staff_client.get(SILENT).context["matches"]) == 2


def test_silent_matches_query_count_is_the_same_for_one_and_many_rows(staff_client, unit):
    _match(make_volunteer(unit), "Ali", 45)
    staff_client.get(SILENT)
    with CaptureQueriesContext(connection) as one:
        assert _rows(staff_client.get(SILENT).content.decode()) == 1
    for number in range(5):
        _match(make_volunteer(unit), f"Deltaker {number}", 40)
    with CaptureQueriesContext(connection) as many:
        assert _rows(staff_client.get(SILENT).content.decode()) == 6

    assert len(one.captured_queries) == len(many.captured_queries)
