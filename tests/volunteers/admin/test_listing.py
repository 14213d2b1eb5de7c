"""The coordinator's application listing: filters, search, the 7-day highlight, "applied again", query count."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests import factories
from tests.volunteers.conftest import make_application
from volunteers.enums import ApplicationState, Interest

from .conftest import days_ago

pytestmark = pytest.mark.django_db

URL = "/admin/applications/"
S = ApplicationState


def listed(client, query=""):
    response = client.get(URL + query)
    assert response.status_code == 200
    return {application.full_name for application in response.context["object_list"]}


def born_years_ago(years, days=0):
    today = timezone.localdate()
    return today.replace(year=today.year - years) - datetime.timedelta(days=days)


def test_listing_shows_only_own_units_applications(staff_client, own_application, foreign_application):
    assert listed(staff_client) == {"Astrid Drammensen"}


def test_listing_superuser_sees_every_unit(client, superuser, own_application, foreign_application):
    from tests.mfa import log_in_with_mfa

    log_in_with_mfa(client, superuser)
    assert listed(client) == {"Astrid Drammensen", "Oskar Oslosen"}


def test_listing_filter_by_state(staff_client, unit):
    make_application(unit, first_name="Mottatt", last_name="A")
    make_application(unit, first_name="Kontaktet", last_name="B", state=S.CONTACTED)
    make_application(unit, first_name="Vent", last_name="C", state=S.ON_HOLD)
    assert listed(staff_client, "?state=contacted&state=on_hold") == {"Kontaktet B", "Vent C"}


def test_listing_filter_by_unit_of_another_coordinator_shows_nothing_of_theirs(
    staff_client, own_application, foreign_application, other_unit
):
    response = staff_client.get(f"{URL}?unit={other_unit.pk}")
    names = {application.full_name for application in response.context["object_list"]}
    assert "Oskar Oslosen" not in names


def test_listing_filter_by_role(staff_client, unit, role, police_role):
    make_application(unit, first_name="Aktiv", last_name="Venn", volunteer_role=role)
    make_application(unit, first_name="Ung", last_name="Dom", volunteer_role=police_role)
    assert listed(staff_client, f"?volunteer_role={police_role.pk}") == {"Ung Dom"}


@pytest.mark.parametrize(
    ("band", "expected"),
    [
        ("under_18", {"Age 17"}),
        ("18_25", {"Age 18", "Age 25"}),
        ("26_40", {"Age 26", "Age 40"}),
        ("41_60", {"Age 41", "Age 60"}),
        ("over_60", {"Age 61"}),
    ],
)
def test_listing_filter_by_age_band(staff_client, unit, band, expected):
    for age in (17, 18, 25, 26, 40, 41, 60, 61):
        make_application(unit, first_name="Age", last_name=str(age), date_of_birth=born_years_ago(age, days=1))
    assert listed(staff_client, f"?age_band={band}") == expected


def test_listing_filter_by_days_without_contact(staff_client, unit):
    make_application(unit, first_name="Fersk", last_name="A", submitted_at=days_ago(2))
    make_application(unit, first_name="Uke", last_name="B", submitted_at=days_ago(8))
    make_application(unit, first_name="Maaned", last_name="C", submitted_at=days_ago(31))
    make_application(unit, first_name="Ringt", last_name="D", submitted_at=days_ago(40), contacted_at=days_ago(39))
    assert listed(staff_client, "?waiting=7") == {"Uke B", "Maaned C"}
    assert listed(staff_client, "?waiting=30") == {"Maaned C"}


def test_listing_filter_by_interests_matches_any(staff_client, unit):
    make_application(unit, first_name="Kultur", last_name="A", interests=[Interest.CULTURE])
    make_application(unit, first_name="Bolig", last_name="B", interests=[Interest.HOUSING_HOME, Interest.CULTURE])
    make_application(unit, first_name="Penger", last_name="C", interests=[Interest.PERSONAL_FINANCE])
    assert listed(staff_client, "?interests=housing_home") == {"Bolig B"}
    assert listed(staff_client, "?interests=culture&interests=personal_finance") == {"Kultur A", "Bolig B", "Penger C"}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("astrid", {"Astrid Drammensen"}),
        ("Astrid Drammensen", {"Astrid Drammensen"}),
        ("ola.nordmann@", {"Ola Nordmann"}),
        ("412 34 567", {"Ola Nordmann"}),
        ("+47 41234567", {"Ola Nordmann"}),
        ("Oskar", set()),
    ],
)
def test_listing_search_by_name_email_and_phone(
    staff_client, unit, own_application, foreign_application, query, expected
):
    make_application(
        unit, first_name="Ola", last_name="Nordmann", email="ola.nordmann@example.org", phone="+4741234567"
    )
    from urllib.parse import urlencode

    assert listed(staff_client, "?" + urlencode({"q": query})) == expected


def test_listing_highlights_applications_not_contacted_within_7_days(staff_client, unit):
    overdue = make_application(unit, first_name="Glemt", last_name="A", submitted_at=days_ago(8))
    fresh = make_application(unit, first_name="Ny", last_name="B", submitted_at=days_ago(6))
    contacted = make_application(unit, first_name="Ringt", last_name="C", submitted_at=days_ago(9), state=S.CONTACTED)

    html = staff_client.get(URL).content.decode()

    assert html.count('class="application-overdue"') == 1
    assert html.count("data-overdue") == 1
    assert "Ikke kontaktet på 8 dager" in html
    row_of = {
        app.pk: html.split(f'data-object-id="{app.pk}"')[0].rsplit("<tr", 1)[1] for app in (overdue, fresh, contacted)
    }
    assert "application-overdue" in row_of[overdue.pk]
    assert "application-overdue" not in row_of[fresh.pk]
    assert "application-overdue" not in row_of[contacted.pk]


def test_listing_shows_how_often_someone_applied_again(staff_client, unit):
    make_application(unit, first_name="To", last_name="Ganger", resubmitted_count=2, last_resubmitted_at=days_ago(1))
    response = staff_client.get(URL)
    table = response.context["table"]
    row = next(iter(table.rows))
    assert "Søkte på nytt" in [str(column.label) for column in table.columns.values()]
    assert row["resubmitted_count"].instance.resubmitted_count == 2
    assert ">2<" in response.content.decode().replace(" ", "").replace("\n", "")


def _count_listing_queries(client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(URL)
    assert response.status_code == 200
    return len(queries), len(response.context["object_list"])


def test_listing_query_count_same_for_1_and_50_applications(staff_client, unit, role):
    other_role = factories.make_volunteer_role("Hverdagshjelper", slug="hverdagshjelper")
    make_application(unit, volunteer_role=role)
    staff_client.get(URL)  # warm up caches (content types, site) that are not per-row
    one, rows_one = _count_listing_queries(staff_client)
    for number in range(49):
        make_application(unit, volunteer_role=role if number % 2 else other_role, submitted_at=days_ago(number))
    fifty, rows_fifty = _count_listing_queries(staff_client)
    print(f"application listing queries: 1 row -> {one}, 50 rows -> {fifty}")
    assert (rows_one, rows_fifty) == (1, 50)
    # Session, user, memberships, TOTP check, 2 x permissions, profile, count, locales, 3 x Wagtail menu
    # permissions, unit and role choices, the page of rows.
    assert (one, fifty) == (15, 15)


def _listing_table(response):
    text = response.content.decode()
    return text[text.index('<table class="listing">') : text.index("</table>", text.index('<table class="listing">'))]


def test_listing_rows_render_without_more_menu_and_unfiltered_by_default(staff_client, unit):
    application = make_application(unit, first_name="Uno", last_name="Lie")
    response = staff_client.get(URL)
    table = _listing_table(response)
    assert f'<a href="/admin/applications/{application.pk}/"><span id="application_{application.pk}_title">' in table
    assert f'data-object-id="{application.pk}" data-bulk-action-checkbox' in table
    assert '<span class="w-status w-status--primary">Mottatt</span>' in table
    assert "w-dropdown" not in table
    # The unchecked "answers sent again" box is the default, not an active filter.
    assert (response.context["is_filtering"], "w-pill" in response.content.decode()) == (False, False)


def test_listing_overdue_application_shows_the_warning_tag(staff_client, unit):
    make_application(unit, submitted_at=days_ago(9))
    table = _listing_table(staff_client.get(URL))
    assert 'data-overdue><svg class="icon icon-warning w-w-4 w-h-4"' in table
    assert "Ikke kontaktet på 9 dager" in table
