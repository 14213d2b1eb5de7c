"""Hours reports: approved hours by unit × month × measure × life area, and the frivillig innsats statement.

Every figure is an aggregate computed in the database; nothing loops over entries in Python.
"""

import datetime
from dataclasses import dataclass

from django.db.models import Count, Sum
from django.db.models.functions import ExtractYear, TruncMonth

from ..enums import EntryState
from ..models import HourEntry


@dataclass(frozen=True)
class Period:
    start: datetime.date
    end: datetime.date  # inclusive

    @classmethod
    def year(cls, year):
        return cls(datetime.date(year, 1, 1), datetime.date(year, 12, 31))


def approved_in(units, period):
    return HourEntry.objects.filter(
        unit__in=units, state=EntryState.APPROVED, date__gte=period.start, date__lte=period.end
    )


def hours_by_month(units, period):
    """One row per unit, month, measure and life area: hours and entries. Sorted by unit name and month."""
    rows = (
        approved_in(units, period)
        .annotate(month=TruncMonth("date"))
        .values("unit__name", "month", "measure", "life_area")
        .annotate(quarters=Sum("quarters"), entries=Count("pk"))
        .order_by("unit__name", "month", "measure", "life_area")
    )
    return [{**row, "month": _as_date(row["month"]), "hours": row["quarters"] / 4} for row in rows]


def monthly_totals(units, period):
    """Hours per month and measure (for the chart)."""
    rows = (
        approved_in(units, period)
        .annotate(month=TruncMonth("date"))
        .values("month", "measure")
        .annotate(quarters=Sum("quarters"))
        .order_by("month", "measure")
    )
    return [{"month": _as_date(row["month"]), "measure": row["measure"], "hours": row["quarters"] / 4} for row in rows]


def volunteer_effort(units, period):
    """Frivillig innsats (for momskompensasjon): hours and number of Tidgivere per year and unit."""
    rows = (
        approved_in(units, period)
        .annotate(year=ExtractYear("date"))
        .values("year", "unit__name")
        .annotate(quarters=Sum("quarters"), tidgivere=Count("volunteer__user", distinct=True))
        .order_by("year", "unit__name")
    )
    return [{**row, "hours": row["quarters"] / 4} for row in rows]


def _as_date(value):
    return value.date() if isinstance(value, datetime.datetime) else value
