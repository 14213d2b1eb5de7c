"""The one function that changes an application's state: guard, save, audit entry, side effects, message."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.org.domain import set_membership
from portal.org.enums import Role
from portal.org.models import Membership

from ..enums import PIPELINE, TRANSITIONS, ApplicationState, EventKind, VolunteerStatus
from ..models import Application, ApplicationEvent, Volunteer
from . import checklist, messages
from .errors import ChecklistIncomplete, GuardianNotConfirmed, ReasonRequired, ScreeningError, TransitionNotAllowed

S = ApplicationState
_STATE_MESSAGES = {S.APPROVED: messages.APPROVED, S.REJECTED: messages.REJECTED, S.WITHDRAWN: messages.WITHDRAWN}


def allowed_targets(application):
    """The states this application may move to now (what the admin offers as buttons)."""
    targets = TRANSITIONS[application.state]
    if application.state == S.ON_HOLD and application.previous_state:
        targets = targets - (frozenset(PIPELINE) - {application.previous_state})
    return targets


def can_transition(application, to_state):
    return ApplicationState(to_state) in allowed_targets(application)


@transaction.atomic
def transition(application, to_state, *, actor, reason=""):
    """Move `application` to `to_state`. Returns True if it changed, False if it was already there.

    Raises TransitionNotAllowed, ChecklistIncomplete (approving), ReasonRequired (rejecting) or
    GuardianNotConfirmed (a young applicant's guardian has not confirmed yet).
    """
    to_state = ApplicationState(to_state)
    _lock_and_refresh(application)
    from_state = ApplicationState(application.state)
    if to_state == from_state:
        return False
    _guard(application, from_state, to_state, reason)

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
    _on_enter(application, to_state, from_state)
    return True


def _lock_and_refresh(application):
    """Two coordinators (or a bulk action) acting at once must not both move the same application."""
    locked = Application.objects.select_for_update().get(pk=application.pk)
    application.state = locked.state
    application.previous_state = locked.previous_state
    application.guardian_confirmed_at = locked.guardian_confirmed_at


def _guard(application, from_state, to_state, reason):
    if to_state not in allowed_targets(application):
        raise TransitionNotAllowed(from_state, to_state)
    if from_state == S.AWAITING_GUARDIAN and to_state == S.RECEIVED and application.guardian_confirmed_at is None:
        raise GuardianNotConfirmed()
    if to_state == S.REJECTED and not reason.strip():
        raise ReasonRequired()
    if to_state == S.APPROVED:
        if application.user_id is None:
            raise ScreeningError(_("The application has no account, so it cannot be approved."))
        missing = checklist.missing_items(application)
        if missing:
            raise ChecklistIncomplete(missing)


def _on_enter(application, to_state, from_state):
    if to_state == S.APPROVED:
        _make_tidgiver(application)
    elif to_state in (S.REJECTED, S.WITHDRAWN):
        _end_applicant_membership(application)
    elif to_state == S.DECLARATIONS and from_state != S.READY and application.user_id:
        from .declarations import has_signed_current

        if not has_signed_current(application.user):
            messages.notify_applicant(application, messages.SIGN_DECLARATION)
    elif to_state == S.RECEIVED and from_state == S.AWAITING_GUARDIAN:
        messages.notify_applicant(application, messages.SCREENING_STARTED)
    if to_state in _STATE_MESSAGES:
        messages.notify_applicant(application, _STATE_MESSAGES[to_state])


def _make_tidgiver(application):
    volunteer, _created = Volunteer.objects.update_or_create(
        user=application.user,
        defaults={
            "unit": application.unit,
            "volunteer_role": application.volunteer_role,
            "interests": application.interests,
            "competencies": application.competencies,
            "languages": application.languages,
            "status": VolunteerStatus.ACTIVE,
            "approved_at": application.state_changed_at,
            "application": application,
        },
    )
    set_membership(application.user, application.unit, Role.TIDGIVER, application.volunteer_role)
    return volunteer


def _end_applicant_membership(application):
    if application.user_id:
        Membership.objects.filter(user_id=application.user_id, unit=application.unit, role=Role.APPLICANT).delete()
