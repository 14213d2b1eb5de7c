"""The one function that changes an application's state: guard, save, audit entry, side effects, message."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.org import audit
from portal.org.enums import Role
from portal.org.models import Membership

from ..enums import ADULT_AGE, CLOSED_STATES, PIPELINE, SYSTEM_TRANSITIONS, TRANSITIONS, ApplicationState, EventKind
from ..models import Application, ApplicationEvent
from . import checklist, messages, profiles
from .errors import (
    ChecklistIncomplete,
    GuardianNotConfirmed,
    ReasonRequired,
    ScreeningError,
    TransitionNotAllowed,
    YouthGuardianMissing,
)
from .records import log_event

S = ApplicationState
TRANSITIONED = "volunteers.application.transition"
_STATE_MESSAGES = {S.APPROVED: messages.APPROVED, S.REJECTED: messages.REJECTED, S.WITHDRAWN: messages.WITHDRAWN}
# Under this age at submission, a guardian must confirm before screening goes past "received".
# Beyond "received": screening proper, which a young applicant only enters with the guardian's consent.
_PAST_RECEIVED = frozenset(PIPELINE[1:]) | {S.APPROVED}


def allowed_targets(application, *, system=False):
    """The states this application may move to now (what the admin offers as buttons).

    `system` adds the moves only the system makes (SYSTEM_TRANSITIONS), never offered to a coordinator.
    """
    targets = TRANSITIONS[application.state]
    if system:
        targets = targets | SYSTEM_TRANSITIONS.get(application.state, frozenset())
    if application.state == S.ON_HOLD and application.previous_state:
        targets = targets - (frozenset(PIPELINE) - {application.previous_state})
    return targets


def blockers(application, to_state, *, reason=None, system=False):
    """Every reason ``application`` cannot move to ``to_state`` now, first the one to tell; [] when it can.

    The one guard of the screening pipeline: ``transition`` raises the first, ``can_transition`` (bulk
    actions) and ``offered_targets`` (the buttons) ask it too. ``reason=None`` means nobody was asked yet
    (a button asks when it is pressed), so a missing reason is no blocker then.
    """
    to_state = ApplicationState(to_state)
    from_state = ApplicationState(application.state)
    if to_state not in allowed_targets(application, system=system):
        return [TransitionNotAllowed(from_state, to_state)]
    found = []
    if from_state == S.AWAITING_GUARDIAN and to_state == S.RECEIVED and application.guardian_confirmed_at is None:
        found.append(GuardianNotConfirmed())
    if to_state in _PAST_RECEIVED and awaits_guardian(application):
        found.append(YouthGuardianMissing())
    if to_state == S.AWAITING_GUARDIAN and not awaits_guardian(application):
        found.append(ScreeningError(_("Only a young applicant without a guardian's consent waits for a guardian.")))
    if to_state == S.REJECTED and reason is not None and not reason.strip():
        found.append(ReasonRequired())
    if to_state == S.APPROVED:
        if application.user_id is None:
            found.append(ScreeningError(_("The application has no account, so it cannot be approved.")))
        missing = checklist.missing_items(application)
        if missing:
            found.append(ChecklistIncomplete(missing))
    return found


# Blockers the coordinator clears on the screening page itself: the button stays, pressing it says what is missing.
RESOLVED_ON_THE_PAGE = (ChecklistIncomplete, ReasonRequired)


def can_transition(application, to_state):
    return not blockers(application, to_state)


def offered_targets(application):
    """The states a coordinator's buttons offer: nothing blocks them but what the page itself resolves."""
    return {
        target
        for target in allowed_targets(application)
        if all(isinstance(error, RESOLVED_ON_THE_PAGE) for error in blockers(application, target))
    }


def moves_past_received(to_state):
    return to_state in _PAST_RECEIVED


def is_minor_at_submission(application):
    return application.age_on(timezone.localdate(application.submitted_at)) < ADULT_AGE


def awaits_guardian(application):
    """True while a guardian's consent is missing: screening cannot go on without it."""
    if application.guardian_confirmed_at is not None:
        return False
    return application.state == S.AWAITING_GUARDIAN or is_minor_at_submission(application)


@transaction.atomic
def transition(application, to_state, *, actor, reason="", system=False, notify=True):
    """Move `application` to `to_state`. Returns True if it changed, False if it was already there.

    Raises TransitionNotAllowed, ChecklistIncomplete (approving), ReasonRequired (rejecting) or
    GuardianNotConfirmed (a young applicant's guardian has not confirmed yet). `system=True` also allows the
    moves in SYSTEM_TRANSITIONS (for code acting on the applicant's behalf, never for a coordinator's button).
    `notify=False` sends the applicant nothing (retention closing what nobody consented to).
    """
    to_state = ApplicationState(to_state)
    _lock_and_refresh(application)
    from_state = ApplicationState(application.state)
    if to_state == from_state:
        return False
    _guard(application, to_state, reason, system)

    now = timezone.now()
    application.previous_state = from_state if to_state == S.ON_HOLD else ""
    application.state = to_state
    application.state_changed_at = now
    if application.contacted_at is None and to_state in PIPELINE[1:]:
        application.contacted_at = now
    if to_state == S.REJECTED:
        application.rejection_reason = reason.strip()
    application.save()
    ApplicationEvent.objects.create(
        application=application,
        actor=actor,
        at=now,
        kind=EventKind.TRANSITION,
        from_state=from_state,
        to_state=to_state,
        text=reason.strip(),
    )
    audit.record(application, TRANSITIONED, user=actor, data={"from": from_state, "to": to_state})
    _on_enter(application, to_state, from_state, actor, notify)
    return True


def _lock_and_refresh(application):
    """Two coordinators (or a bulk action) acting at once must not both move the same application."""
    locked = Application.objects.select_for_update().get(pk=application.pk)
    application.state = locked.state
    application.previous_state = locked.previous_state
    application.guardian_confirmed_at = locked.guardian_confirmed_at


def _guard(application, to_state, reason, system):
    found = blockers(application, to_state, reason=reason, system=system)
    if found:
        raise found[0]


def _on_enter(application, to_state, from_state, actor, notify=True):
    if to_state == S.APPROVED:
        profiles.activate_for(application, actor=actor)
    elif to_state in (S.REJECTED, S.WITHDRAWN):
        _end_applicant_membership(application)
    if notify:
        for key in _messages_on_enter(application, to_state, from_state):
            messages.notify_applicant(application, key)


def _messages_on_enter(application, to_state, from_state):
    keys = []
    if to_state == S.DECLARATIONS and from_state != S.READY and application.user_id:
        from .declarations import has_signed_current

        if not has_signed_current(application.user):
            keys.append(messages.SIGN_DECLARATION)
    elif to_state == S.RECEIVED and from_state == S.AWAITING_GUARDIAN:
        keys.append(messages.SCREENING_STARTED)
    if to_state in _STATE_MESSAGES:
        keys.append(_STATE_MESSAGES[to_state])
    return keys


def _end_applicant_membership(application):
    if application.user_id:
        Membership.objects.filter(user_id=application.user_id, unit=application.unit, role=Role.APPLICANT).delete()


@transaction.atomic
def set_volunteer_role(application, volunteer_role, *, actor):
    """Set or change the Tidgiver role of an open application (the checklist follows it). False if unchanged."""
    locked = Application.objects.select_for_update(of=("self",)).select_related("volunteer_role").get(pk=application.pk)
    if locked.state in CLOSED_STATES:
        raise ScreeningError(_("The Tidgiver role can only be changed before the application is decided."))
    old_role = locked.volunteer_role
    if old_role == volunteer_role:
        return False
    application.volunteer_role = volunteer_role
    application.save(update_fields=["volunteer_role"])
    if application.user_id:
        Membership.objects.filter(user_id=application.user_id, unit=application.unit, role=Role.APPLICANT).update(
            volunteer_role=volunteer_role
        )
    text = _("Tidgiver role: %(old)s → %(new)s") % {"old": old_role or "–", "new": volunteer_role or "–"}
    log_event(application, EventKind.ROLE, text, actor=actor)
    return True
