"""The applicant's side: age rules, submitting (or merging into an open application), guardian, withdrawing."""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.org.domain import set_membership
from portal.org.enums import Role
from portal.org.models import Membership

from ..enums import ApplicationState, EventKind
from ..models import Application
from . import messages
from .accounts import ensure_account, password_link
from .records import log_event
from .screening import transition

S = ApplicationState
ADULT, YOUTH, TOO_YOUNG = "adult", "youth", "too_young"
GUARDIAN_LINK_SALT = "volunteers.guardian"
GUARDIAN_LINK_MAX_AGE = datetime.timedelta(days=30)

# Fields the applicant fills in; all are copied onto an open application when the same person applies again.
FORM_FIELDS = (
    "unit",
    "volunteer_role",
    "first_name",
    "last_name",
    "email",
    "phone",
    "postal_code",
    "postal_place",
    "date_of_birth",
    "interests",
    "competencies",
    "languages",
    "lived_experience",
    "available_days",
    "available_times",
    "motivation",
    "heard_about",
    "privacy_notice_version",
    "guardian_name",
    "guardian_email",
    "guardian_phone",
)
CONTACT_FIELDS = ("phone", "postal_code", "postal_place")
# The receipt goes by both, whatever the person prefers later: the issue promises e-mail and SMS.
BOTH_CHANNELS = ("sms", "email")


@dataclass(frozen=True)
class Submission:
    application: Application
    merged: bool


def age_on(date_of_birth, day):
    return day.year - date_of_birth.year - ((day.month, day.day) < (date_of_birth.month, date_of_birth.day))


def age_rule(unit, date_of_birth, today=None):
    """ADULT from the unit's minimum age, YOUTH from its youth minimum age (if it takes young Tidgivere)."""
    age = age_on(date_of_birth, today or timezone.localdate())
    if age >= unit.minimum_age:
        return ADULT
    if unit.youth_minimum_age is not None and age >= unit.youth_minimum_age:
        return YOUTH
    return TOO_YOUNG


@transaction.atomic
def submit(data, ip=None):
    """Save an application from the form's cleaned data, then queue the receipts. Returns a Submission.

    The same person (same e-mail or mobile number) with an open application gets that one updated, and the
    coordinator sees a "applied again" entry in its timeline. `data` must already satisfy `age_rule`.
    """
    data = {field: data.get(field) for field in FORM_FIELDS if field in data}
    data["email"] = data["email"].strip().lower()
    youth = age_rule(data["unit"], data["date_of_birth"]) == YOUTH
    if not youth:
        data.update(guardian_name="", guardian_email="", guardian_phone="")
    existing = (
        Application.objects.open()
        .select_for_update()
        .filter(Q(email__iexact=data["email"]) | Q(phone=data["phone"]))
        .order_by("-submitted_at")
        .first()
    )
    application = _merge(existing, data) if existing else _create(data, youth)
    user, _created = ensure_account(
        email=application.email,
        first_name=application.first_name,
        last_name=application.last_name,
        phone=application.phone,
    )
    _attach_account(application, user)
    _queue_receipts(application, user, merged=existing is not None)
    return Submission(application, merged=existing is not None)


def _create(data, youth):
    now = timezone.now()
    application = Application.objects.create(
        **data,
        consented_at=now,
        submitted_at=now,
        state_changed_at=now,
        state=S.AWAITING_GUARDIAN if youth else S.RECEIVED,
    )
    log_event(application, EventKind.SUBMITTED)
    return application


def _merge(application, data):
    # The e-mail is the account's identity: typing someone's mobile number must not move their application
    # into another account. A different e-mail is only shown to the coordinator.
    other_email = data["email"] if data["email"] != application.email.lower() else ""
    data = {**data, "email": application.email}
    old_unit = application.unit
    changed = [field for field, value in data.items() if getattr(application, field) != value]
    for field, value in data.items():
        setattr(application, field, value)
    now = timezone.now()
    application.consented_at = now
    application.resubmitted_count += 1
    application.last_resubmitted_at = now
    application.save()
    text = _("Applied again with the same e-mail or mobile number; the application was updated.")
    if application.unit != old_unit:
        text += " " + _("Unit changed from %(old)s to %(new)s.") % {"old": old_unit, "new": application.unit}
        _move_applicant_membership(application, old_unit)
    if other_email:
        text += " " + _("A different e-mail address was given: %(email)s.") % {"email": other_email}
    if changed:
        text += " " + _("Changed fields: %(fields)s.") % {
            "fields": ", ".join(str(Application._meta.get_field(f).verbose_name) for f in changed)
        }
    log_event(application, EventKind.DUPLICATE, text)
    return application


def _move_applicant_membership(application, old_unit):
    if application.user_id:
        Membership.objects.filter(user_id=application.user_id, unit=old_unit, role=Role.APPLICANT).delete()


def _attach_account(application, user):
    if application.user_id != user.pk:
        application.user = user
        application.save(update_fields=["user"])
    # Never downgrade someone who already has a role in the unit (e.g. a Tidgiver applying for another role).
    if not Membership.objects.filter(user=user, unit=application.unit).exists():
        set_membership(user, application.unit, Role.APPLICANT, application.volunteer_role)


def _queue_receipts(application, user, *, merged):
    context = {"passordlenke": password_link(user), "foresatt": application.guardian_name}
    if merged:
        messages.notify_applicant(application, messages.RESUBMITTED, context)
    elif application.state == S.AWAITING_GUARDIAN:
        messages.notify_applicant(application, messages.RECEIVED_YOUTH, context, channels=BOTH_CHANNELS)
    else:
        messages.notify_applicant(application, messages.RECEIVED, context, channels=BOTH_CHANNELS)
    if application.state == S.AWAITING_GUARDIAN and application.guardian_confirmed_at is None:
        messages.notify_guardian(application, {"bekreftelseslenke": guardian_link(application)})


def guardian_token(application):
    return signing.dumps(application.pk, salt=GUARDIAN_LINK_SALT)


def guardian_link(application):
    path = reverse("volunteers:guardian_confirm", kwargs={"token": guardian_token(application)})
    return settings.PUBLIC_BASE_URL.rstrip("/") + path


def application_for_guardian_token(token):
    """The application a guardian link belongs to, or None for a broken or expired link."""
    try:
        pk = signing.loads(token, salt=GUARDIAN_LINK_SALT, max_age=GUARDIAN_LINK_MAX_AGE)
    except signing.BadSignature:
        return None
    return Application.objects.filter(pk=pk).select_related("unit").first()


@transaction.atomic
def confirm_guardian(application, actor=None):
    """The guardian agrees (by link, or a coordinator records it): screening starts. Idempotent."""
    if application.guardian_confirmed_at is not None:
        return False
    application.guardian_confirmed_at = timezone.now()
    application.save(update_fields=["guardian_confirmed_at"])
    log_event(
        application,
        EventKind.GUARDIAN,
        _("%(name)s confirmed as guardian.") % {"name": application.guardian_name},
        actor=actor,
    )
    if application.state == S.AWAITING_GUARDIAN:
        transition(application, S.RECEIVED, actor=actor)
    return True


def withdraw(application, actor, reason=""):
    """The applicant (or a coordinator on their behalf) withdraws the application."""
    return transition(application, S.WITHDRAWN, actor=actor, reason=reason)


@transaction.atomic
def update_contact_details(application, actor, **fields):
    """The applicant changes mobile number or postal address on Min side; the account's number follows."""
    changed = {field: value for field, value in fields.items() if field in CONTACT_FIELDS}
    changed = {field: value for field, value in changed.items() if getattr(application, field) != value}
    if not changed:
        return False
    for field, value in changed.items():
        setattr(application, field, value)
    application.save(update_fields=list(changed))
    if "phone" in changed and application.user_id:
        type(application.user).objects.filter(pk=application.user_id).update(phone=changed["phone"])
    labels = ", ".join(str(Application._meta.get_field(field).verbose_name) for field in changed)
    log_event(application, EventKind.CONTACT_UPDATED, labels, actor=actor)
    return True
