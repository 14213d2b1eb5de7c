"""The coordinator's worklist and weekly digest: what waits in a unit (counts computed in the database)."""

import datetime

from django.contrib.auth import get_user_model
from django.utils.translation import ngettext

from portal.org.enums import Role
from volunteers.enums import ApplicationState
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
    cutoff = now - datetime.timedelta(days=WORKLIST_WAITING_DAYS)
    waiting_hours = HourEntry.objects.filter(unit=unit, state__in=WAITING_STATES, created_at__lte=cutoff)
    applications = Application.objects.filter(
        unit=unit, state=ApplicationState.RECEIVED, contacted_at=None, submitted_at__lte=cutoff
    )
    from .reminders import silent_matches

    silent = silent_matches(unit, now.date(), WORKLIST_NO_HOURS_DAYS).values("volunteer").distinct()
    return {
        "applications": applications.count(),
        "hours_waiting": waiting_hours.count(),
        "no_hours": silent.count(),
    }


def lines_for(unit, now):
    """The digest's lines, one per non-empty count; empty when nothing waits."""
    counts = counts_for(unit, now)
    texts = {
        "applications": lambda n: ngettext(
            "%(count)d application has waited more than 7 days.",
            "%(count)d applications have waited more than 7 days.",
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
    }
    return [f"- {texts[key](count) % {'count': count}}" for key, count in counts.items() if count]
