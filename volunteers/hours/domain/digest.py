"""The coordinator's worklist and weekly digest: what waits in a unit (counts computed in the database)."""

import datetime

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import ngettext

from portal.org.enums import Role
from volunteers.enums import ApplicationState
from volunteers.matching import api as matching
from volunteers.models import Application

from ..enums import WAITING_STATES, WORKLIST_NO_HOURS_DAYS, WORKLIST_WAITING_DAYS
from ..models import HourEntry


def coordinators_of(unit):
    return (
        get_user_model()
        .objects.filter(
            memberships__unit=unit, memberships__role__in=[Role.COORDINATOR, Role.UNIT_ADMIN], is_active=True
        )
        .distinct()
    )


def counts_for(unit, now):
    """What waits in ``unit``, in the digest's order (one count query each)."""
    cutoff = now - datetime.timedelta(days=WORKLIST_WAITING_DAYS)
    waiting = HourEntry.objects.filter(unit=unit, state__in=WAITING_STATES)
    applications = Application.objects.filter(
        unit=unit, state=ApplicationState.RECEIVED, contacted_at=None, submitted_at__lte=cutoff
    )
    from .reminders import silent_matches

    silent = silent_matches(unit, now.date(), WORKLIST_NO_HOURS_DAYS).values("volunteer").distinct()
    return {
        "applications": applications.count(),
        "proposals": matching.unanswered_proposals([unit]).count(),
        "follow_ups": matching.follow_ups_due([unit], timezone.localdate(now)).count(),
        "no_hours": silent.count(),
        "hours_waiting": waiting.filter(created_at__lte=cutoff).count(),
        "expenses_waiting": waiting.filter(with_expenses_q()).count(),
    }


def with_expenses_q():
    return Q(km__gt=0) | Q(travel_costs__gt=0) | Q(other_expenses__gt=0)


TEXTS = {
    "applications": lambda n: ngettext(
        "%(count)d application has waited more than 7 days.",
        "%(count)d applications have waited more than 7 days.",
        n,
    ),
    "proposals": lambda n: ngettext(
        "%(count)d match proposal is not answered yet.",
        "%(count)d match proposals are not answered yet.",
        n,
    ),
    "follow_ups": lambda n: ngettext(
        "%(count)d follow-up is due.",
        "%(count)d follow-ups are due.",
        n,
    ),
    "no_hours": lambda n: ngettext(
        "%(count)d Tidgiver in an active match has logged no hours for 30 days.",
        "%(count)d Tidgivere in active matches have logged no hours for 30 days.",
        n,
    ),
    "hours_waiting": lambda n: ngettext(
        "%(count)d hour entry has waited more than 7 days for approval.",
        "%(count)d hour entries have waited more than 7 days for approval.",
        n,
    ),
    "expenses_waiting": lambda n: ngettext(
        "%(count)d hour entry with expenses waits for approval.",
        "%(count)d hour entries with expenses wait for approval.",
        n,
    ),
}


def lines_for(unit, now):
    """The digest's lines, one per non-empty count; empty when nothing waits."""
    counts = counts_for(unit, now)
    return [f"- {TEXTS[key](count) % {'count': count}}" for key, count in counts.items() if count]
