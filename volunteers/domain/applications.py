"""The applicant's side: age rules, submitting (or merging into an open application), guardian, withdrawing."""

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from portal.org.domain import set_membership
from portal.org.enums import Role
from portal.org.models import Membership

from ..enums import ADULT_AGE, ApplicationState, EventKind
from ..models import Application
from . import links, messages, pending
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
# Before screening starts, a re-submitted application may move to the unit asked for; after, it stays.
NOT_SCREENED_YET = frozenset({S.AWAITING_GUARDIAN, S.RECEIVED})
_SHARED_PHONE = gettext_lazy("Application %(number)s has the same mobile number (and another e-mail and name).")
_UNIT_WISH = gettext_lazy(
    "Asked for the unit %(new)s, but screening has started in %(old)s, so the application stays there."
)


@dataclass(frozen=True)
class Submission:
    application: Application
    merged: bool


class TooYoung(Exception):
    """Below the unit's minimum age: nothing is stored. `unit` is the unit whose rule refused; `note` what the
    timeline says when answers sent again are refused."""

    def __init__(self, unit, note=""):
        self.unit, self.note = unit, note
        super().__init__(unit)


def age_on(date_of_birth, day):
    return day.year - date_of_birth.year - ((day.month, day.day) < (date_of_birth.month, date_of_birth.day))


def age_rule(unit, date_of_birth, today=None):
    """ADULT from the unit's minimum age (18 or more); YOUTH under 18 from its youth minimum age, if it has one."""
    age = age_on(date_of_birth, today or timezone.localdate())
    if age >= unit.minimum_age:
        return ADULT
    if age < ADULT_AGE and unit.youth_minimum_age is not None and age >= unit.youth_minimum_age:
        return YOUTH
    return TOO_YOUNG


def same_name(first, second):
    """Names typed twice by the same person: letter case and spacing may differ."""
    return " ".join(first.split()).casefold() == " ".join(second.split()).casefold()


@transaction.atomic
def submit(data, ip=None):
    """Save an application from the form's cleaned data, then queue the receipts. Returns a Submission.

    The same person with an open application (the same e-mail, or the same mobile number with the same first
    and last name) gets nothing changed: the new answers wait as a pending update that the person confirms
    from an e-mail to the address on file, or a coordinator applies (see pending.py). Another person who
    types a number in use gets an application of their own, and both timelines say the number is shared.
    Raises TooYoung (nothing stored) below the minimum age of the unit a new application would be in.
    """
    data = {field: data.get(field) for field in FORM_FIELDS if field in data}
    data["email"] = data["email"].strip().lower()
    same_email, same_phone = _open_applications_like(data)
    existing = same_email or next((a for a in same_phone if _same_person_by_name(a, data)), None)
    if existing:
        other_email = data["email"] if data["email"] != existing.email.lower() else ""
        pending.hold(existing, data, other_email=other_email)
        return Submission(existing, merged=True)
    application = _create(data)
    _note_shared_phone(application, same_phone)
    # The account gets no phone number from the form: only a number proved by a code becomes the account's.
    user, _created = ensure_account(
        email=application.email, first_name=application.first_name, last_name=application.last_name
    )
    _attach_account(application, user)
    _queue_receipts(application, user)
    return Submission(application, merged=False)


def _open_applications_like(data):
    """The newest open application with this e-mail, and the open ones with this number but another e-mail."""
    candidates = (
        Application.objects.open()
        .select_for_update()
        .filter(Q(email__iexact=data["email"]) | Q(phone=data["phone"]))
        .order_by("-submitted_at")
    )
    same_email = [application for application in candidates if application.email.lower() == data["email"]]
    same_phone = [application for application in candidates if application.email.lower() != data["email"]]
    return (same_email[0] if same_email else None), same_phone


def _same_person_by_name(application, data):
    return same_name(application.first_name, data["first_name"]) and same_name(application.last_name, data["last_name"])


def _youth(unit, data):
    """Whether a guardian must confirm; clears the guardian fields of an adult. Raises TooYoung."""
    rule = age_rule(unit, data["date_of_birth"])
    if rule == TOO_YOUNG:
        raise TooYoung(unit)
    if rule == ADULT:
        data.update(guardian_name="", guardian_email="", guardian_phone="")
    return rule == YOUTH


def _create(data):
    youth = _youth(data["unit"], data)
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


def _note_shared_phone(application, others):
    # Only the application number: the other one may belong to a unit this coordinator cannot see.
    for other in others:
        log_event(application, EventKind.NOTE, _SHARED_PHONE % {"number": other.pk})
        log_event(other, EventKind.NOTE, _SHARED_PHONE % {"number": application.pk})


_TOO_YOUNG_FOR_KEPT_UNIT = gettext_lazy(
    "Applied again for %(new)s with a date of birth too young for %(old)s, where screening has started. "
    "Nothing was changed."
)


def merge_answers(application, data, *, consented_at, confirmed_by_link=False, actor=None):
    """Write a confirmed pending update's answers onto the application (unit, age and guardian rules apply).

    Called only by updates.apply: the person confirmed from the e-mailed link, or a coordinator decided.
    """
    # The e-mail is the account's identity: the application stays in its account, whatever address was typed.
    data = {**data, "email": application.email}
    old_unit, wished_unit = application.unit, data["unit"]
    keep_unit = wished_unit != old_unit and application.state not in NOT_SCREENED_YET
    if keep_unit:
        data["unit"] = old_unit
        if age_rule(old_unit, data["date_of_birth"]) == TOO_YOUNG:
            # The form accepted this age for the wished unit (so the public page said nothing). Change
            # nothing; updates.apply writes what was tried on the timeline.
            raise TooYoung(old_unit, note=_TOO_YOUNG_FOR_KEPT_UNIT % {"new": wished_unit, "old": old_unit})
    youth = _youth(data["unit"], data)
    if application.state == S.AWAITING_GUARDIAN and not youth:
        # Screening waits for the guardian already asked; a coordinator decides (see the timeline entry).
        data = {field: value for field, value in data.items() if not field.startswith("guardian_")}
    changed = [field for field, value in data.items() if getattr(application, field) != value]
    for field, value in data.items():
        setattr(application, field, value)
    application.consented_at = consented_at
    application.resubmitted_count += 1
    application.last_resubmitted_at = consented_at
    application.save()
    if confirmed_by_link:
        text = [
            str(
                _("The applicant confirmed the answers sent again from the e-mailed link; the application was updated.")
            )
        ]
    else:
        text = [str(_("The answers sent again were applied; the application was updated."))]
    if keep_unit:
        text.append(_UNIT_WISH % {"new": wished_unit, "old": old_unit})
    elif application.unit != old_unit:
        text.append(_("Unit changed from %(old)s to %(new)s.") % {"old": old_unit, "new": application.unit})
        _end_applicant_membership(application, old_unit)
    if changed:
        labels = ", ".join(str(Application._meta.get_field(field).verbose_name) for field in changed)
        text.append(_("Changed fields: %(fields)s.") % {"fields": labels})
    log_event(application, EventKind.DUPLICATE, " ".join(text), actor=actor)
    if youth and application.guardian_confirmed_at is None:
        _wait_for_guardian(application)
    _grant_applicant_membership(application)
    if application.guardian_name and application.guardian_confirmed_at is None:
        messages.notify_guardian(application, {"bekreftelseslenke": guardian_link(application)})
    return application


def _wait_for_guardian(application):
    """A merged application that is now a young applicant's: no screening and no training before consent."""
    _end_applicant_membership(application, application.unit)
    if application.state == S.RECEIVED:
        reason = _("Under %(age)s years old: a guardian must confirm first.") % {"age": ADULT_AGE}
        transition(application, S.AWAITING_GUARDIAN, actor=None, reason=reason, system=True)
    # Further on, screening itself refuses to go on until the guardian confirms (screening.awaits_guardian).


def _end_applicant_membership(application, unit):
    if application.user_id:
        Membership.objects.filter(user_id=application.user_id, unit=unit, role=Role.APPLICANT).delete()


def _attach_account(application, user):
    if application.user_id != user.pk:
        application.user = user
        application.save(update_fields=["user"])
    _grant_applicant_membership(application)


def _grant_applicant_membership(application):
    """Applicants are members of the unit (training treats them as trainees), young ones only with consent."""
    waiting = application.state == S.AWAITING_GUARDIAN or (
        application.guardian_name and application.guardian_confirmed_at is None
    )
    if application.user_id is None or waiting or not application.is_open:
        return
    # Never downgrade someone who already has a role in the unit (e.g. a Tidgiver applying for another role).
    if not Membership.objects.filter(user_id=application.user_id, unit=application.unit).exists():
        set_membership(application.user, application.unit, Role.APPLICANT, application.volunteer_role)


def _queue_receipts(application, user):
    context = {"passordlenke": password_link(user)}
    if application.state == S.AWAITING_GUARDIAN:
        messages.notify_applicant(application, messages.RECEIVED_YOUTH, context, channels=BOTH_CHANNELS)
    else:
        messages.notify_applicant(application, messages.RECEIVED, context, channels=BOTH_CHANNELS)
    if application.guardian_name and application.guardian_confirmed_at is None:
        messages.notify_guardian(application, {"bekreftelseslenke": guardian_link(application)})


def guardian_token(application):
    return links.token_for(application.pk, GUARDIAN_LINK_SALT)


def guardian_link(application):
    return links.public_link("volunteers:guardian_confirm", guardian_token(application))


def application_for_guardian_token(token):
    """The application a guardian link belongs to, or None for a broken or expired link."""
    pk = links.pk_from_token(token, GUARDIAN_LINK_SALT, GUARDIAN_LINK_MAX_AGE)
    return Application.objects.filter(pk=pk).select_related("unit").first() if pk is not None else None


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
    _grant_applicant_membership(application)
    return True


@transaction.atomic
def decline_guardian(application):
    """The guardian does not consent (by link): the application closes kindly and the applicant hears why.

    Only while it waits for the guardian; returns False when there is nothing to decline (already answered).
    """
    if application.guardian_confirmed_at is not None or application.state != S.AWAITING_GUARDIAN:
        return False
    log_event(
        application,
        EventKind.GUARDIAN,
        _("%(name)s did not consent as guardian.") % {"name": application.guardian_name},
        actor=None,
    )
    # notify=False: not the usual "your application is withdrawn", but a message that says why.
    transition(application, S.WITHDRAWN, actor=None, reason=_("The guardian did not consent."), notify=False)
    messages.notify_applicant(application, messages.GUARDIAN_DECLINED)
    return True


def guardian_declined(application):
    return application.state == S.WITHDRAWN and application.guardian_name and application.guardian_confirmed_at is None


def withdraw(application, actor, reason=""):
    """The applicant (or a coordinator on their behalf) withdraws the application."""
    return transition(application, S.WITHDRAWN, actor=actor, reason=reason)


@transaction.atomic
def update_contact_details(application, actor, **fields):
    """The applicant changes mobile number or postal address on Min side.

    Only the application changes. The account's number (log-in by SMS code, where messages go) changes only
    through the notifications app's phone change, which proves the new number with a code first.
    """
    changed = {field: value for field, value in fields.items() if field in CONTACT_FIELDS}
    changed = {field: value for field, value in changed.items() if getattr(application, field) != value}
    if not changed:
        return False
    for field, value in changed.items():
        setattr(application, field, value)
    application.save(update_fields=list(changed))
    labels = ", ".join(str(Application._meta.get_field(field).verbose_name) for field in changed)
    log_event(application, EventKind.CONTACT_UPDATED, labels, actor=actor)
    return True
