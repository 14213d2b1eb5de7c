"""Hours reports against a small hand-computed data set: by unit × month × measure × life area, and effort."""

import datetime

import pytest

from volunteers.hours.domain import entries
from volunteers.hours.domain.reports import Period, hours_by_month, monthly_totals, volunteer_effort
from volunteers.hours.models import HourEntry

from .factories import make_volunteer, submit

YEAR = 2026
REPORT = "/admin/hour-reports/"


def approved(volunteer, day, quarters, measure="", life_area="", coordinator=None):
    entry = HourEntry.objects.create(
        unit=volunteer.unit,
        volunteer=volunteer,
        date=day,
        quarters=quarters,
        measure=measure,
        life_area=life_area,
        activity_kind=None,
    )
    entries.transition(entry, "approved", actor=coordinator)
    return entry


@pytest.fixture
def data(unit, other_unit, volunteer):
    """Drammen: Tone 2 t (jan, activity/leisure) + 1,5 t (jan, activity/leisure) + 3 t (mar, network/-);
    Siri 1 t (mar, network/-); a waiting and a last-year entry that never count. Oslo: Ola 4 t (feb)."""
    siri = make_volunteer(unit, first_name="Siri")
    ola = make_volunteer(other_unit, first_name="Ola")
    approved(volunteer, datetime.date(YEAR, 1, 5), 8, "activity", "leisure")
    approved(volunteer, datetime.date(YEAR, 1, 20), 6, "activity", "leisure")
    approved(volunteer, datetime.date(YEAR, 3, 2), 12, "network")
    approved(siri, datetime.date(YEAR, 3, 9), 4, "network")
    approved(volunteer, datetime.date(YEAR - 1, 12, 31), 20, "activity")
    approved(ola, datetime.date(YEAR, 2, 1), 16, "follow_up", "money")
    submit(volunteer, quarters=40)
    return {"siri": siri, "ola": ola}


def test_hours_by_month_groups_unit_month_measure_and_life_area(unit, data):
    rows = hours_by_month([unit], Period.year(YEAR))

    assert [(r["unit__name"], r["month"], r["measure"], r["life_area"], r["hours"], r["entries"]) for r in rows] == [
        ("Drammen", datetime.date(YEAR, 1, 1), "activity", "leisure", 3.5, 2),
        ("Drammen", datetime.date(YEAR, 3, 1), "network", "", 4.0, 2),
    ]


def test_monthly_totals_for_two_units(unit, other_unit, data):
    rows = monthly_totals([unit, other_unit], Period.year(YEAR))

    assert [(r["month"].month, r["measure"], r["hours"]) for r in rows] == [
        (1, "activity", 3.5),
        (2, "follow_up", 4.0),
        (3, "network", 4.0),
    ]


def test_volunteer_effort_counts_hours_and_distinct_tidgivere_per_year_and_unit(unit, other_unit, data):
    rows = volunteer_effort([unit, other_unit], Period(datetime.date(YEAR - 1, 1, 1), datetime.date(YEAR, 12, 31)))

    assert [(r["year"], r["unit__name"], r["hours"], r["tidgivere"]) for r in rows] == [
        (YEAR - 1, "Drammen", 5.0, 1),
        (YEAR, "Drammen", 7.5, 2),
        (YEAR, "Oslo", 4.0, 1),
    ]


def test_hours_report_page_is_scoped_and_has_chart_and_exports(staff_client, unit, other_unit, data):
    page = staff_client.get(f"{REPORT}?start={YEAR}-01-01&end={YEAR}-12-31")
    csv = staff_client.get(f"{REPORT}?start={YEAR}-01-01&end={YEAR}-12-31&export=csv")
    xlsx = staff_client.get(f"{REPORT}?start={YEAR}-01-01&end={YEAR}-12-31&export=xlsx")
    foreign = staff_client.get(f"{REPORT}?units={other_unit.pk}")

    html = page.content.decode()
    assert page.status_code == 200
    assert "<svg" in html
    assert "Oslo" not in html
    assert csv.content.decode().splitlines() == [
        "Enhet,Måned,Tiltak,Livsområde,Timer,Timeføringer",
        f"Drammen,{YEAR}-01,Aktivitet,Fritid,3.5,2",
        f"Drammen,{YEAR}-03,Nettverk,Ikke oppgitt,4.0,2",
    ]
    assert xlsx["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert foreign.status_code == 404


def test_hours_report_is_for_staff_only(client_as):
    assert client_as("tidgiver").get(REPORT).status_code == 302
