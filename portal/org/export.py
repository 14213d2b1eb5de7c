"""Every spreadsheet export (CSV and XLSX): no cell can smuggle a formula into the coordinator's Excel, and
every export is a security event and an audit entry.

``SafeExportMixin`` goes in front of a Wagtail IndexView (``ScopedIndexView`` has it, so every unit-scoped
viewset gets it); exports built by hand call ``neutralise`` on each cell and ``exported`` once.
"""

import datetime
import re

from django.utils import timezone

from portal.security import security_event

from . import audit

EXPORTED = "org.exported"
# A cell starting with one of these is read as a formula by Excel, LibreOffice and Google Sheets.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\0")
# Control characters other than tab, newline and carriage return: meaningless in a sheet, and XLSX refuses them.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def neutralise(value):
    """Text a spreadsheet would run as a formula gets a leading apostrophe, so it stays text."""
    if not isinstance(value, str):
        return value
    if value.startswith(FORMULA_STARTS):
        return "'" + _CONTROL.sub("", value)
    return _CONTROL.sub("", value)


def local_naive(value):
    """Norwegian wall-clock time: what the coordinator expects to read in the sheet."""
    return timezone.localtime(value).replace(tzinfo=None, microsecond=0) if timezone.is_aware(value) else value


def exported(request, view, export_format, rows):
    """Record an export: a security event for the log, an audit entry on the exporting user's History."""
    security_event("export", request, view=view, format=export_format, rows=rows)
    audit.record(request.user, EXPORTED, user=request.user, data={"view": view, "format": export_format, "rows": rows})


class SafeExportMixin:
    """Put in front of a Wagtail IndexView: every exported cell passes through ``neutralise``."""

    def preprocess_field_value(self, field, value, export_format):
        if isinstance(value, datetime.datetime):
            value = local_naive(value)
            if export_format == self.FORMAT_CSV:
                return value.strftime("%Y-%m-%d %H:%M")
        return neutralise(super().preprocess_field_value(field, value, export_format))

    def as_spreadsheet(self, queryset, spreadsheet_format):
        rows = queryset.count() if hasattr(queryset, "count") and not isinstance(queryset, list) else len(queryset)
        exported(self.request, self.export_view_name(), spreadsheet_format, rows)
        return super().as_spreadsheet(queryset, spreadsheet_format)

    def export_view_name(self):
        return self.model._meta.model_name if getattr(self, "model", None) else type(self).__name__
