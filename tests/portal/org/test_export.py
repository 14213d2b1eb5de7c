"""Finding 6: every export (CSV and XLSX, every viewset) neutralises formula cells and is logged."""

import csv
import io
import logging

import pytest
from django.db import connection
from django.urls import get_resolver
from openpyxl import load_workbook
from wagtail.admin.viewsets import viewsets
from wagtail.admin.viewsets.model import ModelViewSet

from notifications.api import send
from portal.org import audit
from portal.org.enums import Role
from portal.org.export import EXPORTED, FORMULA_STARTS, SafeExportMixin, neutralise
from tests import factories
from tests.volunteers.conftest import make_application
from volunteers.domain.declarations import sign_declaration
from volunteers.models import ConfidentialityDeclaration, Volunteer

pytestmark = pytest.mark.django_db

# PostgreSQL refuses NUL in text, so there it cannot reach an export; another control character stands in.
NUL = "\0NUL" if connection.vendor == "sqlite" else "\x01NUL"
HOSTILE = ['=HYPERLINK("http://x","klikk")', "+SUM(1,2)", "-2+3", "@A1", "\tTab", "\rCR", NUL]
EXPORTS = (
    "/admin/people/",
    "/admin/outbox/",
    "/admin/applications/",
    "/admin/tidgivere/",
    "/admin/confidentiality_signatures/",
    "/admin/training/",
)


@pytest.fixture
def hostile(unit):
    """People, messages, applications, profiles and signatures whose names are formulas."""
    declaration = ConfidentialityDeclaration.objects.create(text="Taushet.")
    for number, name in enumerate(HOSTILE):
        user = factories.make_member(unit, Role.TIDGIVER, first_name=name, last_name=HOSTILE[-1 - number])
        Volunteer.objects.create(user=user, unit=unit, competencies=name)
        send(user, "notifications.group_message", {"tekst": name}, channels=("email",), unit=unit)
        make_application(unit, first_name=name, last_name=name, postal_place=name)
        sign_declaration(user, full_name=f"{user.first_name} {user.last_name}", ip="192.0.2.1", declaration=declaration)


def csv_cells(response):
    text = b"".join(response.streaming_content if response.streaming else [response.content]).decode()
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


def xlsx_cells(response):
    content = b"".join(response.streaming_content) if response.streaming else response.content
    sheet = load_workbook(io.BytesIO(content)).active
    return [cell for row in sheet.iter_rows() for cell in row]


def exporting_viewsets():
    get_resolver().url_patterns  # noqa: B018 - the admin's URLs register the viewsets
    return [viewset for viewset in viewsets.viewsets if isinstance(viewset, ModelViewSet) and export_fields(viewset)]


def export_fields(viewset):
    fields = viewset.list_export
    return fields if isinstance(fields, list | tuple) else viewset.index_view_class.list_export


def test_every_exporting_viewset_uses_the_one_safe_export_mixin():
    found = exporting_viewsets()
    assert {viewset.name for viewset in found} >= {
        "people",
        "outbox",
        "applications",
        "tidgivere",
        "confidentiality_signatures",
    }
    assert [viewset.name for viewset in found if not issubclass(viewset.index_view_class, SafeExportMixin)] == []


@pytest.mark.parametrize("url", EXPORTS)
def test_export_csv_neutralises_every_formula_cell(staff_client, hostile, url):
    cells = csv_cells(staff_client.get(url + "?export=csv"))
    assert any("HYPERLINK" in cell for cell in cells)
    assert [cell for cell in cells if cell.startswith(FORMULA_STARTS)] == []
    assert [cell for cell in cells if "\0" in cell] == []


@pytest.mark.parametrize("url", EXPORTS)
def test_export_xlsx_neutralises_every_formula_cell(staff_client, hostile, url):
    response = staff_client.get(url + "?export=xlsx")
    assert response.status_code == 200
    cells = xlsx_cells(response)
    texts = [cell.value for cell in cells if isinstance(cell.value, str)]
    assert any("SUM(1,2)" in text for text in texts)
    assert [cell.coordinate for cell in cells if cell.data_type == "f"] == []
    assert [text for text in texts if text.startswith(FORMULA_STARTS)] == []


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('=HYPERLINK("http://evil")', '\'=HYPERLINK("http://evil")'),
        ("+47 412", "'+47 412"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("\0=1", "'=1"),
        ("Kari\0", "Kari"),
        ("a=b", "a=b"),
        (-3, -3),
        (None, None),
    ],
)
def test_neutralise(value, expected):
    assert neutralise(value) == expected


def test_export_is_a_security_event_and_an_audit_entry(staff_client, coordinator, hostile, caplog):
    caplog.set_level(logging.INFO, logger="portal.security")

    staff_client.get("/admin/people/?export=csv")

    [line] = [record.getMessage() for record in caplog.records if "event=export" in record.getMessage()]
    # Seven hostile Tidgivere, seven applicants and the coordinator.
    assert line.endswith("format=csv rows=15 view=membership")
    [entry] = audit.entries_about(coordinator).filter(action=EXPORTED)
    assert (entry.user, entry.data) == (coordinator, {"view": "membership", "format": "csv", "rows": 15})
