"""Spreadsheet export that cannot smuggle a formula into the coordinator's Excel (CSV/formula injection)."""

import datetime

from django.utils import timezone

# A cell starting with one of these is read as a formula by Excel, LibreOffice and Google Sheets.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """Prefix text that a spreadsheet would run as a formula with an apostrophe, so it stays text."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def local_naive(value):
    """Norwegian wall-clock time: what the coordinator expects to read in the sheet."""
    return timezone.localtime(value).replace(tzinfo=None, microsecond=0) if timezone.is_aware(value) else value


class SafeExportMixin:
    """Put in front of a Wagtail IndexView: every exported cell (CSV and XLSX) passes through ``neutralise``."""

    def preprocess_field_value(self, field, value, export_format):
        if isinstance(value, datetime.datetime):
            value = local_naive(value)
            if export_format == self.FORMAT_CSV:
                return value.strftime("%Y-%m-%d %H:%M")
        return neutralise(super().preprocess_field_value(field, value, export_format))
