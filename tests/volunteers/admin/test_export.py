"""CSV and XLSX export of the filtered application list: content, scoping and formula neutralisation."""

import csv
import datetime
import io

import pytest
from openpyxl import load_workbook

from tests.volunteers.conftest import make_application
from volunteers.enums import ApplicationState, Interest

pytestmark = pytest.mark.django_db

URL = "/admin/applications/"
HEADINGS = [
    "Fornavn",
    "Etternavn",
    "E-post",
    "Mobilnummer",
    "Postnummer",
    "Poststed",
    "Alder",
    "Enhet",
    "Tidgiverrolle",
    "Status",
    "Sendt inn",
    "Dager uten kontakt",
    "Søkte på nytt",
    "Interesser",
    "Språk",
]


def csv_rows(response):
    assert response["Content-Type"] == "text/csv"
    assert response["Content-Disposition"] == 'attachment; filename="soknader.csv"'
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))


def xlsx_rows(response):
    assert response["Content-Disposition"] == 'attachment; filename="soknader.xlsx"'
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    return [list(row) for row in workbook.active.iter_rows(values_only=True)]


@pytest.fixture
def exported(unit, role):
    return make_application(
        unit,
        volunteer_role=role,
        first_name="Kari",
        last_name="Nordmann",
        email="kari.nordmann@example.org",
        phone="+4741234567",
        date_of_birth=datetime.date(1985, 1, 1),
        interests=[Interest.CULTURE, Interest.HOUSING_HOME],
        languages="norsk, engelsk",
        resubmitted_count=1,
    )


def test_export_csv_has_headings_and_values(staff_client, exported):
    rows = csv_rows(staff_client.get(URL + "?export=csv"))
    assert rows[0] == HEADINGS
    assert len(rows) == 2
    row = dict(zip(HEADINGS, rows[1], strict=True))
    assert row["Fornavn"] == "Kari"
    assert row["E-post"] == "kari.nordmann@example.org"
    assert row["Mobilnummer"] == "'+4741234567"
    assert row["Enhet"] == "Drammen"
    assert row["Tidgiverrolle"] == "Aktivitetsvenn"
    assert row["Status"] == "Mottatt"
    assert row["Interesser"] == "Kultur, Bolig og hjem"
    assert row["Søkte på nytt"] == "1"
    assert row["Alder"] == str(exported.age)


def test_export_xlsx_has_headings_and_values(staff_client, exported):
    rows = xlsx_rows(staff_client.get(URL + "?export=xlsx"))
    assert rows[0] == HEADINGS
    row = dict(zip(HEADINGS, rows[1], strict=True))
    assert row["Etternavn"] == "Nordmann"
    assert row["Status"] == "Mottatt"
    assert row["Søkte på nytt"] == 1
    assert isinstance(row["Sendt inn"], datetime.datetime)


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_export_neutralises_formula_cells(staff_client, unit, export_format):
    make_application(
        unit,
        first_name='=HYPERLINK("http://evil.example","klikk")',
        last_name="@SUM(1+1)",
        languages="-norsk",
        postal_place="+Drammen",
    )
    response = staff_client.get(f"{URL}?export={export_format}")
    rows = csv_rows(response) if export_format == "csv" else xlsx_rows(response)
    row = dict(zip(HEADINGS, rows[1], strict=True))
    assert row["Fornavn"] == '\'=HYPERLINK("http://evil.example","klikk")'
    assert row["Etternavn"] == "'@SUM(1+1)"
    assert row["Språk"] == "'-norsk"
    assert row["Poststed"] == "'+Drammen"


def test_export_follows_filters_and_search(staff_client, unit):
    make_application(unit, first_name="Mottatt", last_name="En")
    make_application(unit, first_name="Kontaktet", last_name="To", state=ApplicationState.CONTACTED)
    make_application(unit, first_name="Kontaktet", last_name="Tre", state=ApplicationState.CONTACTED)
    rows = csv_rows(staff_client.get(URL + "?state=contacted&q=Tre&export=csv"))
    assert [row[:2] for row in rows[1:]] == [["Kontaktet", "Tre"]]


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_export_leaves_out_other_units(staff_client, own_application, foreign_application, export_format):
    response = staff_client.get(f"{URL}?export={export_format}")
    rows = csv_rows(response) if export_format == "csv" else xlsx_rows(response)
    assert [row[:2] for row in rows[1:]] == [["Astrid", "Drammensen"]]


def test_export_button_links_keep_the_filters(staff_client, own_application):
    html = staff_client.get(URL + "?state=received&p=1").content.decode()
    assert "/admin/applications/?state=received&amp;export=csv" in html
    assert "/admin/applications/?state=received&amp;export=xlsx" in html
