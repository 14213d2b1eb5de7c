"""Saving a funder report: the staff's texts under each heading, with the figures as they were then."""

import dataclasses

from django.db import transaction

from portal.org.scoping import for_user

from ..models import FunderReport
from ..models.funder import TEXT_FIELDS
from . import funder


@transaction.atomic
def save_report(user, units, period, texts):
    figures = funder.figures(units, period)
    report = FunderReport.objects.create(
        unit=units[0],
        start=period.start,
        end=period.end,
        saved_by=user,
        figures=dataclasses.asdict(figures),
        **{name: texts.get(name, "") for name in TEXT_FIELDS},
    )
    report.units.set(units)
    return report


def latest_saved(user, units, period):
    """The user's units' latest report for this period and these units, or None."""
    wanted = {unit.pk for unit in units}
    candidates = for_user(FunderReport.objects.filter(start=period.start, end=period.end), user).prefetch_related(
        "units"
    )
    for report in candidates.order_by("-saved_at")[:20]:
        if {unit.pk for unit in report.units.all()} == wanted:
            return report
    return None
