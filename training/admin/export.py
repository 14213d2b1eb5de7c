"""CSV and XLSX export of the training matrix. No cell can smuggle a formula into a spreadsheet."""

import csv
import io

from django.http import HttpResponse
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from openpyxl import Workbook

from portal.org.export import neutralise

from ..enums import ModuleState

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def cell(value):
    return neutralise("" if value is None else str(value))


def _date(day):
    return date_format(day, "SHORT_DATE_FORMAT")


def cell_text(status):
    if status is None:
        return _("not required")
    text = str(status.label)
    if status.state == ModuleState.PASSED:
        text = f"{text} {_date(status.passed_on)}"
    if status.due_on is not None:
        text = _("%(status)s (due again %(date)s)") % {"status": text, "date": _date(status.due_on)}
    return text


def table(matrix):
    headers = [_("First name"), _("Last name"), _("E-mail"), _("Unit"), _("Role"), _("Tidgiver role")]
    headers += [module.title for module in matrix.modules]
    rows = []
    for row in matrix.rows:
        membership = row.membership
        person = [
            row.user.first_name,
            row.user.last_name,
            row.user.email,
            row.unit.name,
            membership.get_role_display(),
            membership.volunteer_role.name if membership.volunteer_role else "",
        ]
        rows.append(person + [cell_text(cell) for cell in row.cells])
    return [cell(header) for header in headers], [[cell(value) for value in row] for row in rows]


def _attachment(response, filename):
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def csv_response(matrix, filename="opplaering"):
    headers, rows = table(matrix)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(headers)
    writer.writerows(rows)
    return _attachment(HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8"), f"{filename}.csv")


def xlsx_response(matrix, filename="opplaering"):
    headers, rows = table(matrix)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=_("Training"))
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    output = io.BytesIO()
    workbook.save(output)
    return _attachment(HttpResponse(output.getvalue(), content_type=XLSX_TYPE), f"{filename}.xlsx")
