"""Rows as a person reads them: labelled with the fields' own (translated) names, values as shown on screen."""

import datetime

from django.utils.text import capfirst


def describe(obj, fields):
    """{label: value} for ``fields`` of ``obj``; choices by their label, dates as ISO text, relations by name."""
    return {capfirst(str(obj._meta.get_field(field).verbose_name)): _value(obj, field) for field in fields}


def _value(obj, field):
    model_field = obj._meta.get_field(field)
    value = getattr(obj, field)
    if model_field.choices and value not in (None, ""):
        return str(getattr(obj, f"get_{field}_display")())
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat()
    if model_field.is_relation:
        return str(value) if value is not None else None
    return value
