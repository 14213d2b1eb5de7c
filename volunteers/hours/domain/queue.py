"""The coordinator's approval queue and payout: entries in the user's units, with each person's yearly refunds."""

from django.db.models import DecimalField, OuterRef, Q, Subquery, Sum, Value
from django.db.models.functions import Coalesce, ExtractYear

from portal.org.scoping import staff_units

from ..enums import REPORTING_THRESHOLD_NOK, EntryState
from ..models import HourEntry

MONEY = DecimalField(max_digits=12, decimal_places=2)


def year_refunds_subquery():
    """Approved refunds to the entry's person in the entry's calendar year (all their units: the rule is per person)."""
    totals = (
        HourEntry.objects.filter(
            volunteer__user=OuterRef("volunteer__user"),
            state=EntryState.APPROVED,
            date__year=ExtractYear(OuterRef("date")),
        )
        .order_by()
        .values("volunteer__user")
        .annotate(total=Sum("reimbursement"))
        .values("total")
    )
    return Coalesce(Subquery(totals, output_field=MONEY), Value(0), output_field=MONEY)


def queue_for(user):
    """Every entry the user may review, with what they need to decide in one query.

    The user's units as a list of ids (one small query) rather than a subquery: for a coordinator of one unit
    PostgreSQL then reads the newest entries straight from the (unit, date) index instead of sorting them all.
    """
    entries = HourEntry.objects.all()
    if not (user.is_authenticated and user.is_superuser):
        entries = entries.filter(unit_id__in=list(staff_units(user).values_list("pk", flat=True)))
    return entries.select_related("unit", "volunteer__user", "activity_kind", "match__participant").annotate(
        year_refunds=year_refunds_subquery()
    )


def above_threshold_q():
    return Q(year_refunds__gt=REPORTING_THRESHOLD_NOK)
