"""Rejected and withdrawn applications are not kept: after a period they are anonymised (or deleted)."""

import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from ..enums import RETAINED_STATES, EventKind
from ..models import Application, ApplicationEvent

ANONYMISE, DELETE = "anonymise", "delete"
# Kept for statistics after anonymising: unit, role, state, dates, interests and availability.
_CLEARED = {
    "first_name": "",
    "last_name": "",
    "email": "",
    "phone": "",
    "postal_code": "",
    "postal_place": "",
    "competencies": "",
    "languages": "",
    "lived_experience": None,
    "motivation": "",
    "heard_about": "",
    "guardian_name": "",
    "guardian_email": "",
    "guardian_phone": "",
    "rejection_reason": "",
    "user": None,
}


def retention_months():
    return getattr(settings, "APPLICATION_RETENTION_MONTHS", 6)


def retention_mode():
    return getattr(settings, "APPLICATION_RETENTION_MODE", ANONYMISE)


def expired_applications(now=None):
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=round(retention_months() * 30.44))
    return Application.objects.filter(state__in=RETAINED_STATES, state_changed_at__lt=cutoff, anonymised_at=None)


@transaction.atomic
def purge_expired(now=None):
    """Anonymise or delete every expired application. Returns how many. Safe to run again (idempotent)."""
    expired = expired_applications(now)
    if retention_mode() == DELETE:
        _total, per_model = expired.delete()
        return per_model.get(Application._meta.label, 0)
    count = 0
    for application in expired.select_for_update():
        anonymise(application, now)
        count += 1
    return count


def anonymise(application, now=None):
    for field, value in _CLEARED.items():
        setattr(application, field, value)
    born = application.date_of_birth
    application.date_of_birth = datetime.date(born.year, 1, 1)
    application.anonymised_at = now or timezone.now()
    application.save()
    application.conversations.all().delete()
    application.references.all().delete()
    application.police_checks.all().delete()
    events = ApplicationEvent.objects.filter(application=application)
    events.exclude(kind=EventKind.TRANSITION).delete()
    events.update(text="", actor=None)
