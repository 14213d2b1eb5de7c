"""Small helpers that turn stored values into what a coordinator reads."""

import datetime

from django.utils import timezone

from ..enums import ApplicationState, Interest, TimeOfDay, Weekday
from .filters import OVERDUE_DAYS


def choice_labels(values, choices):
    labels = dict(choices)
    return ", ".join(str(labels.get(value, value)) for value in values or [])


def interest_labels(values):
    return choice_labels(values, Interest.choices)


def availability_labels(application):
    return ", ".join(
        part
        for part in (
            choice_labels(application.available_days, Weekday.choices),
            choice_labels(application.available_times, TimeOfDay.choices),
        )
        if part
    )


def is_overdue(application, now=None):
    """Received, and nobody has contacted the applicant within a week: the listing highlights it."""
    return (
        application.state == ApplicationState.RECEIVED
        and application.contacted_at is None
        and (now or timezone.now()) - application.submitted_at >= datetime.timedelta(days=OVERDUE_DAYS)
    )
