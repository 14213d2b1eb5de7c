"""Rejected and withdrawn applications are not kept: after a period they are anonymised (or deleted).

With the application go the person's traces that only the application needed: the applicant membership, the
signatures of the taushetserklæring and, when nothing else ties them to us, the account itself (deactivated
and anonymised). Staff, Tidgivere and superusers are never touched. A young applicant's application still
waiting for the guardian after the period (counted from submission) is closed as withdrawn first.
"""

import datetime

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.accounts.anonymise import anonymise_account
from portal.org import audit
from portal.org.enums import Role
from portal.org.models import Membership
from portal.org.rules import may_use_back_office

from ..enums import RETAINED_STATES, ApplicationState, EventKind
from ..models import Application, ApplicationEvent, ConfidentialitySignature, Volunteer
from .screening import transition

S = ApplicationState
# Ties that keep a person's account and signatures: working for us, or being a Tidgiver somewhere.
_KEEPING_ROLES = (Role.TIDGIVER, Role.COORDINATOR, Role.UNIT_ADMIN)

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
    closed = Q(state__in=RETAINED_STATES, state_changed_at__lt=cutoff)
    # A young applicant who applied again has just had a fresh link sent to the guardian: count from then.
    never_confirmed = Q(state=S.AWAITING_GUARDIAN, last_asked__lt=cutoff)
    applications = Application.objects.annotate(last_asked=Coalesce("last_resubmitted_at", "submitted_at"))
    return applications.filter(closed | never_confirmed, anonymised_at=None)


@transaction.atomic
def purge_expired(now=None):
    """Anonymise or delete every expired application. Returns how many. Safe to run again (idempotent)."""
    count = 0
    for application in expired_applications(now).select_for_update(of=("self",)).select_related("user").order_by("pk"):
        if application.state == S.AWAITING_GUARDIAN:
            reason = _("Closed: the guardian did not confirm within the retention period.")
            # Nobody consented to messages for this young person: close it without writing to them.
            transition(application, S.WITHDRAWN, actor=None, reason=reason, notify=False)
        user = application.user
        audit.anonymise_about(application)  # the decisions stay in the audit trail, without the person
        if retention_mode() == DELETE:
            application.delete()
        else:
            anonymise(application, now)
        if user is not None:
            forget_person(user, now)
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
    application.pending_updates.all().delete()  # answers sent again hold the same personal data
    events = ApplicationEvent.objects.filter(application=application)
    events.exclude(kind=EventKind.TRANSITION).delete()
    events.update(text="", actor=None)


def forget_person(user, now=None):
    """Remove what the person left with us as an applicant, unless something still ties them to us."""
    if user.is_superuser or user.is_staff or may_use_back_office(user):
        return
    open_units = Application.objects.open().filter(user=user).values("unit")
    Membership.objects.filter(user=user, role=Role.APPLICANT).exclude(unit__in=open_units).delete()
    if _still_with_us(user) or Application.objects.open().filter(user=user).exists():
        return
    ConfidentialitySignature.objects.filter(user=user).delete()
    if Membership.objects.filter(user=user).exists() or Application.objects.filter(user=user).exists():
        return
    anonymise_account(user)


def _still_with_us(user):
    return (
        Membership.objects.filter(user=user, role__in=_KEEPING_ROLES).exists()
        or Volunteer.objects.filter(user=user).exists()
    )
