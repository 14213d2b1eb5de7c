"""The coordinator's training matrix: unit scoping, filters, exports, formula neutralisation, query count."""

import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.formats import date_format
from openpyxl import load_workbook

from portal.org.enums import Role
from tests import factories
from tests.mfa import log_in_with_mfa
from training.admin.export import cell
from training.models import ModuleProgress

pytestmark = pytest.mark.django_db

MATRIX = "/admin/training/"


@pytest.fixture
def people(unit, other_unit, module):
    """Two people in Drammen (one passed), one in Oslo."""
    passed = factories.make_member(unit, Role.TIDGIVER, first_name="Tone", last_name="Bestått")
    waiting = factories.make_member(unit, Role.APPLICANT, first_name="Siri", last_name="Søker")
    oslo = factories.make_member(other_unit, Role.TIDGIVER, first_name="Aisha", last_name="Oslo")
    ModuleProgress.objects.create(
        user=passed, module=module, attempt_count=1, passed_at=timezone.now(), passed_version=1
    )
    return {"passed": passed, "waiting": waiting, "oslo": oslo}


def names(response):
    return [row.user.first_name for row in response.context["page_obj"].object_list]


def csv_rows(response):
    return list(csv.reader(io.StringIO(response.content.decode())))


def test_matrix_shows_only_the_coordinators_units(staff_client, people):
    response = staff_client.get(MATRIX)
    assert names(response) == ["Tone", "Siri"]
    today = date_format(timezone.localdate(), "SHORT_DATE_FORMAT")
    assert f"Bestått {today}" in response.text
    assert "Ikke startet" in response.text
    assert "Aisha" not in response.text


def test_matrix_other_coordinator_sees_only_oslo(client, other_coordinator, people):
    log_in_with_mfa(client, other_coordinator)
    assert names(client.get(MATRIX)) == ["Aisha"]


def test_matrix_unit_filter_own_unit(staff_client, people, unit):
    assert names(staff_client.get(f"{MATRIX}?unit={unit.pk}")) == ["Tone", "Siri"]


@pytest.mark.parametrize("export", ["", "&export=csv", "&export=xlsx"])
def test_matrix_unit_filter_outside_own_units_is_404(staff_client, people, other_unit, export):
    assert staff_client.get(f"{MATRIX}?unit={other_unit.pk}{export}").status_code == 404


@pytest.mark.parametrize("value", ["999999", "abc"])
def test_matrix_unit_filter_unknown_unit_is_404(staff_client, people, value):
    assert staff_client.get(f"{MATRIX}?unit={value}").status_code == 404


@pytest.mark.parametrize("export", ["", "&export=csv"])
def test_matrix_invalid_role_filter_is_a_form_error_and_shows_nobody(staff_client, people, export):
    response = staff_client.get(f"{MATRIX}?role=999999&overdue=on{export}")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/html; charset=utf-8"
    assert response.context["form"].errors == {"role": ["Denne Tidgiverrollen finnes ikke (lenger). Velg en annen."]}
    assert "page_obj" not in response.context
    assert "Filteret er ikke gyldig, så ingen er valgt:" in response.text
    assert "Siri" not in response.text
    assert "/admin/training/remind/" not in response.text


def test_matrix_overdue_filter(staff_client, people):
    assert names(staff_client.get(f"{MATRIX}?overdue=on")) == ["Siri"]


def test_matrix_role_filter_and_not_required_cells(staff_client, unit, make_module, people):
    economy = factories.make_volunteer_role("Økonomihjelper")
    make_module("Budsjett", roles=[economy])
    factories.make_member(unit, Role.TIDGIVER, volunteer_role=economy, first_name="Per", last_name="Penger")
    response = staff_client.get(f"{MATRIX}?role={economy.pk}")
    assert names(response) == ["Per"]
    rows = csv_rows(staff_client.get(f"{MATRIX}?export=csv"))
    assert rows[0][-2:] == ["Grensesetting", "Budsjett"]
    assert {row[0]: row[-1] for row in rows[1:]} == {
        "Tone": "ikke påkrevd",
        "Per": "Ikke startet",
        "Siri": "ikke påkrevd",
    }


def test_matrix_csv_export_is_unit_scoped(staff_client, people):
    rows = csv_rows(staff_client.get(f"{MATRIX}?export=csv"))
    today = date_format(timezone.localdate(), "SHORT_DATE_FORMAT")
    assert rows == [
        ["Fornavn", "Etternavn", "E-post", "Enhet", "Rolle", "Tidgiverrolle", "Grensesetting"],
        ["Tone", "Bestått", people["passed"].email, "Drammen", "Tidgiver", "", f"Bestått {today}"],
        ["Siri", "Søker", people["waiting"].email, "Drammen", "Søker", "", "Ikke startet"],
    ]


def test_matrix_xlsx_export_is_unit_scoped(staff_client, people):
    response = staff_client.get(f"{MATRIX}?export=xlsx")
    assert response["Content-Disposition"] == 'attachment; filename="opplaering.xlsx"'
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert [row[0] for row in sheet.iter_rows(values_only=True)] == ["Fornavn", "Tone", "Siri"]


def test_matrix_export_neutralises_formulas(staff_client, unit, module):
    factories.make_member(unit, Role.TIDGIVER, first_name='=HYPERLINK("http://x")', last_name="+47 1")
    factories.make_member(unit, Role.TIDGIVER, first_name="@SUM(A1)", last_name="-1")
    rows = csv_rows(staff_client.get(f"{MATRIX}?export=csv"))
    assert sorted(row[:2] for row in rows[1:]) == [['\'=HYPERLINK("http://x")', "'+47 1"], ["'@SUM(A1)", "'-1"]]
    sheet = load_workbook(io.BytesIO(staff_client.get(f"{MATRIX}?export=xlsx").content)).active
    cells = [cell for row in sheet.iter_rows(min_row=2) for cell in row[:2]]
    assert all(cell.data_type == "s" and cell.value.startswith("'") for cell in cells)


@pytest.mark.parametrize(
    ("value", "expected"), [("=1+1", "'=1+1"), ("\tx", "'\tx"), ("Kari", "Kari"), (None, ""), (7, "7")]
)
def test_matrix_cell_is_neutralised_text(value, expected):
    assert cell(value) == expected


def matrix_queries(client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(MATRIX)
    assert response.status_code == 200
    return len(queries), len(response.context["page_obj"].object_list)


def add_people(unit, module, count):
    for number in range(count):
        person = factories.make_member(unit, Role.TIDGIVER, first_name=f"P{number:03d}")
        if number % 2:
            ModuleProgress.objects.create(user=person, module=module, attempt_count=1)


def test_matrix_query_count_is_the_same_for_10_and_200_people(staff_client, unit, module, make_module):
    make_module("Taushetsplikt", roles=[factories.make_volunteer_role()])
    add_people(unit, module, 10)
    few, shown_few = matrix_queries(staff_client)
    add_people(unit, module, 190)
    many, shown_many = matrix_queries(staff_client)
    print(f"matrix queries: {few} for 10 people, {many} for 200 people (100 shown per page)")
    assert (shown_few, shown_many) == (10, 100)
    assert few == many
