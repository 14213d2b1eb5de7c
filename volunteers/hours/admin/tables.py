"""CSV and XLSX responses for report tables. No cell can smuggle a formula into a spreadsheet."""

import csv
import io

from django.http import HttpResponse
from django.utils.functional import Promise
from openpyxl import Workbook

from portal.org.export import neutralise

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _attachment(response, filename):
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _clean(row):
    return [neutralise(str(value)) if isinstance(value, str | Promise) else value for value in row]


def csv_response(headers, rows, filename):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(_clean(headers))
    writer.writerows(_clean(row) for row in rows)
    return _attachment(HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8"), f"{filename}.csv")


def xlsx_response(sheets, filename):
    """``sheets``: [(title, headers, rows), ...]."""
    workbook = Workbook(write_only=True)
    for title, headers, rows in sheets:
        sheet = workbook.create_sheet(title=str(title)[:31])
        sheet.append(_clean(headers))
        for row in rows:
            sheet.append(_clean(row))
    output = io.BytesIO()
    workbook.save(output)
    return _attachment(HttpResponse(output.getvalue(), content_type=XLSX_TYPE), f"{filename}.xlsx")
