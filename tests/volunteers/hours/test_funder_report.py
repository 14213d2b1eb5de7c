"""The funder report: each figure against a small data set computed by hand (see `world` below)."""

import datetime

import pytest
from django.utils import timezone

from tests import factories
from volunteers.hours.domain import funder
from volunteers.hours.domain.reports import Period
from volunteers.hours.domain.unit_settings import activity_kinds
from volunteers.hours.models import HourEntry, Meeting, UnitHourSettings
from volunteers.matching.models import Match
from volunteers.participants.models import Goal, GoalScore, LifeSatisfaction

from .factories import make_volunteer

D = datetime.date
YEAR = Period.year(2026)


def participant(unit, name, start, status="matched", ended_at=None):
    row = factories.make_participant(unit, display_name=name, start_date=start, status=status)
    if ended_at:
        type(row).objects.filter(pk=row.pk).update(status_changed_at=timezone.make_aware(ended_at))
    return row


def match(volunteer, person, started, closed=None, reason=""):
    fields = {"state": "closed", "closed_on": closed, "closure_reason": reason, "rematch": "yes"} if closed else {}
    return Match.objects.create(
        unit=volunteer.unit, participant=person, volunteer=volunteer, started_on=started, **fields
    )


def hours(volunteer, day, quarters, state="approved", **fields):
    return HourEntry.objects.create(
        unit=volunteer.unit, volunteer=volunteer, date=day, quarters=quarters, state=state, **fields
    )


def goal(person, number, *scores):
    row = Goal.objects.create(unit=person.unit, participant=person, number=number, text=f"Mål {number}")
    for day, score in scores:
        GoalScore.objects.create(
            unit=person.unit, participant=person, goal=row, score=score, occasion="follow_up", scored_on=day
        )


def satisfaction(person, *answers):
    for day, score in answers:
        LifeSatisfaction.objects.create(
            unit=person.unit, participant=person, score=score, occasion="intake", answered_on=day
        )


@pytest.fixture
def world(unit, other_unit, volunteer):
    """Drammen, 2026:
    Ali (from 2025, match M1 with Tone, active): 3 t approved 1.2 (activity, leisure); goals −1→+1 and 0; 4→7.
    Berit (from 3.2026, M2 with Siri 10.3–10.9, goal reached, 184 days): 2 t approved (follow-up, money), 1 t
      waiting; one goal at −1; 5→6.
    Cato (from 5.2026, waiting): one life-satisfaction answer only.  Dina: ended 1.10.2025 (not reached).
    Eva: starts 2027 (not reached).  Finn (from 1.2026, M4 with Siri 15.1–15.4, moved, 90 days).
    Tone: 1,5 t at a lunch (no measure, no life area); 5 t on M1 in 2025 (outside).  Meetings: M1 1.2 held,
    M2 1.4 cancelled; unit events: a theme evening and two lunches.  Oslo: a participant with a match and hours.
    """
    siri = make_volunteer(unit, first_name="Siri")
    ali = participant(unit, "Ali", D(2025, 6, 1))
    berit = participant(unit, "Berit", D(2026, 3, 1))
    participant(unit, "Cato", D(2026, 5, 1), status="waiting")
    cato = type(ali).objects.get(display_name="Cato")
    dina = participant(unit, "Dina", D(2024, 1, 1), status="ended", ended_at=datetime.datetime(2025, 10, 1, 12))
    participant(unit, "Eva", D(2027, 1, 1), status="waiting")
    finn = participant(unit, "Finn", D(2026, 1, 1), status="waiting")
    m1 = match(volunteer, ali, D(2025, 6, 1))
    m2 = match(siri, berit, D(2026, 3, 10), D(2026, 9, 10), "goal_reached")
    match(volunteer, dina, D(2024, 2, 1), D(2025, 10, 1), "participant_ended")
    match(siri, finn, D(2026, 1, 15), D(2026, 4, 15), "moved")
    hours(volunteer, D(2026, 2, 1), 12, match=m1, measure="activity", life_area="leisure")
    hours(siri, D(2026, 4, 1), 8, match=m2, measure="follow_up", life_area="money")
    hours(siri, D(2026, 5, 1), 4, state="submitted", match=m2, measure="follow_up")
    hours(volunteer, D(2026, 6, 1), 6, activity_kind=activity_kinds(unit).get(category="lunch"))
    hours(volunteer, D(2025, 12, 31), 20, match=m1, measure="activity")
    Meeting.objects.create(unit=unit, volunteer=volunteer, match=m1, date=D(2026, 2, 1), start_time=datetime.time(18))
    Meeting.objects.create(
        unit=unit,
        volunteer=siri,
        match=m2,
        date=D(2026, 4, 1),
        start_time=datetime.time(18),
        cancelled_at=timezone.now(),
    )
    kinds = {kind.category: kind for kind in activity_kinds(unit)}
    for day, category in ((D(2026, 3, 5), "theme_evening"), (D(2026, 6, 1), "lunch"), (D(2026, 7, 1), "lunch")):
        Meeting.objects.create(unit=unit, activity_kind=kinds[category], date=day, start_time=datetime.time(12))
    goal(ali, 1, (D(2025, 6, 1), -1), (D(2026, 3, 1), 1))
    goal(ali, 2, (D(2025, 6, 1), 0))
    goal(berit, 1, (D(2026, 3, 1), -1))
    satisfaction(ali, (D(2025, 6, 1), 4), (D(2026, 3, 1), 7))
    satisfaction(berit, (D(2026, 3, 1), 5), (D(2026, 9, 1), 6))
    satisfaction(cato, (D(2026, 5, 1), 3))
    oslo = make_volunteer(other_unit, first_name="Ola")
    olav = participant(other_unit, "Olav", D(2026, 1, 1))
    hours(oslo, D(2026, 2, 1), 16, match=match(oslo, olav, D(2026, 1, 1)), measure="network")
    return unit


@pytest.fixture
def figures(world):
    return funder.figures([world], YEAR)


def test_funder_participants_reached(figures):
    assert figures.participants_reached == 4  # Ali, Berit, Cato, Finn


def test_funder_participants_with_tidgiver_contact(figures):
    assert figures.participants_with_tidgiver == 3  # Ali, Berit, Finn


def test_funder_tidgivere_engaged(figures):
    assert figures.tidgivere_engaged == 2  # Tone, Siri


def test_funder_total_hours_and_by_measure_and_life_area(figures):
    assert figures.total_hours == 6.5
    assert figures.hours_by_measure == {"activity": 3.0, "follow_up": 2.0, "network": 0.0, "": 1.5}
    assert figures.hours_by_life_area == {
        "housing": 0.0,
        "network": 0.0,
        "work_school": 0.0,
        "money": 2.0,
        "leisure": 3.0,
        "": 1.5,
    }


def test_funder_meetings_held_and_unit_events(figures):
    assert figures.meetings_held == 1
    assert figures.events_by_category == {
        "theme_evening": 1,
        "lunch": 2,
        "course": 0,
        "training": 0,
        "other_group": 0,
    }
    assert figures.activity_hours_by_category["lunch"] == 1.5


def test_funder_matches_started_ended_median_and_reasons(figures):
    assert (figures.matches_started, figures.matches_ended) == (2, 2)
    assert figures.median_match_days == 137.0  # (184 + 90) / 2
    assert {key: n for key, n in figures.closure_reasons.items() if n} == {"goal_reached": 1, "moved": 1}


def test_funder_goals_reached_percent_against_the_target(world, figures):
    assert (figures.participants_with_goals, figures.participants_reaching_goals) == (2, 1)
    assert figures.goals_reached_percent == 50.0
    assert figures.goal_target_percent == [80]
    UnitHourSettings.objects.create(unit=world, goal_target_percent=75)
    assert funder.figures([world], YEAR).goal_target_percent == [75]


def test_funder_life_satisfaction_change(figures):
    assert (figures.life_satisfaction_start, figures.life_satisfaction_latest) == (4.5, 6.5)
    assert figures.life_satisfaction_change == 2.0


def test_funder_two_units_add_up(world, other_unit):
    both = funder.figures([world, other_unit], YEAR)

    assert (both.participants_reached, both.tidgivere_engaged, both.total_hours) == (5, 3, 10.5)
    assert both.hours_by_measure["network"] == 4.0


def test_funder_an_empty_unit_has_no_figures(world):
    empty = funder.figures([factories.make_unit("Tom")], YEAR)

    assert (empty.total_hours, empty.median_match_days, empty.goals_reached_percent) == (0, None, None)
    assert empty.life_satisfaction_change is None


def test_funder_figures_take_a_fixed_number_of_queries(world, other_unit, django_assert_max_num_queries):
    with django_assert_max_num_queries(20):
        funder.figures([world, other_unit], YEAR)


FUNDER = "/admin/hour-reports/funder/"
PERIOD = "start=2026-01-01&end=2026-12-31"


def test_funder_report_page_shows_the_figures_under_the_funders_headings(staff_client, world):
    response = staff_client.get(f"{FUNDER}?{PERIOD}")

    html = response.content.decode()
    assert response.status_code == 200
    assert [key for key, *_rest in response.context["sections"]] == [
        "activities",
        "goal_attainment",
        "target_group",
        "volunteer_effort",
        "user_involvement",
        "use_of_funds",
    ]
    rows = dict(response.context["sections"][2][2])
    assert (rows["Deltakere nådd"], rows["Deltakere med kontakt med en Tidgiver"]) == ("4", "3")
    assert dict(response.context["sections"][1][2])["Mål nådd"] == "50,0 %"
    assert "@media print" in html


def test_funder_report_texts_are_saved_with_the_figures(staff_client, coordinator, world):
    response = staff_client.post(f"{FUNDER}?{PERIOD}", {"activities": "Vi holdt temakvelder.", "use_of_funds": ""})

    from volunteers.hours.models import FunderReport

    assert response.status_code == 302
    report = FunderReport.objects.get()
    assert (report.activities, report.saved_by, report.figures["participants_reached"]) == (
        "Vi holdt temakvelder.",
        coordinator,
        4,
    )
    again = staff_client.get(f"{FUNDER}?{PERIOD}")
    assert again.context["sections"][0][3].value() == "Vi holdt temakvelder."


def test_funder_report_xlsx_and_pdf(staff_client, world):
    import io

    from openpyxl import load_workbook

    xlsx = staff_client.get(f"{FUNDER}?{PERIOD}&export=xlsx")
    pdf = staff_client.get(f"{FUNDER}?{PERIOD}&export=pdf")

    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    values = {row[0]: row[1] for row in sheet.iter_rows(values_only=True)}
    assert values["Deltakere nådd"] == "4"
    assert values["Timer med en match eller på aktiviteter (godkjent)"] == "6,50"
    assert pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")


def test_funder_report_for_another_unit_is_a_404(staff_client, world, other_unit):
    assert staff_client.get(f"{FUNDER}?{PERIOD}&units={other_unit.pk}").status_code == 404
