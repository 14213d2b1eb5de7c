"""One guard for screening: transition, can_transition (bulk) and the buttons all ask screening.blockers."""

import datetime

import pytest
from django.utils import timezone

from volunteers.admin.actions import actions_for
from volunteers.domain import screening
from volunteers.domain.errors import (
    ChecklistIncomplete,
    GuardianNotConfirmed,
    ReasonRequired,
    ScreeningError,
    TransitionNotAllowed,
    YouthGuardianMissing,
)
from volunteers.enums import ApplicationState

from .conftest import make_application

pytestmark = pytest.mark.django_db
S = ApplicationState


def youth(unit, state, **fields):
    born = timezone.localdate() - datetime.timedelta(days=16 * 365)
    return make_application(
        unit, state=state, date_of_birth=born, guardian_name="Gro", guardian_phone="+4790000001", **fields
    )


def refused(application, to_state, reason="En grunn"):
    """What transition says when tried (and undone): None if it moved, else the error class."""
    try:
        screening.transition(application, to_state, actor=None, reason=reason, notify=False)
    except ScreeningError as error:
        return type(error)
    return None


def test_blockers_youth_awaiting_guardian_cannot_start_screening(unit):
    application = youth(unit, S.AWAITING_GUARDIAN)

    assert screening.can_transition(application, S.RECEIVED) is False
    assert S.RECEIVED not in [action.to_state for action in actions_for(application)]
    assert [type(error) for error in screening.blockers(application, S.RECEIVED)] == [GuardianNotConfirmed]
    assert refused(application, S.RECEIVED) is GuardianNotConfirmed


# (state, young without consent?, to_state) -> the blocker transition raises first (None: it moves).
CASES = [
    (S.AWAITING_GUARDIAN, True, S.RECEIVED, GuardianNotConfirmed),
    (S.AWAITING_GUARDIAN, True, S.REJECTED, None),
    (S.AWAITING_GUARDIAN, True, S.WITHDRAWN, None),
    (S.AWAITING_GUARDIAN, True, S.CONTACTED, TransitionNotAllowed),
    (S.RECEIVED, True, S.CONTACTED, YouthGuardianMissing),
    (S.RECEIVED, True, S.ON_HOLD, None),
    (S.RECEIVED, False, S.CONTACTED, None),
    (S.RECEIVED, False, S.AWAITING_GUARDIAN, TransitionNotAllowed),
    (S.READY, False, S.APPROVED, ChecklistIncomplete),
    (S.READY, True, S.APPROVED, YouthGuardianMissing),
    (S.APPROVED, False, S.RECEIVED, TransitionNotAllowed),
]


@pytest.mark.parametrize(("state", "young", "to_state", "expected"), CASES)
def test_blockers_agree_with_transition_and_can_transition(unit, state, young, to_state, expected):
    application = youth(unit, state) if young else make_application(unit, state=state)

    first = screening.blockers(application, to_state, reason="En grunn")
    assert (type(first[0]) if first else None) is expected
    assert screening.can_transition(application, to_state) is (expected is None)
    assert refused(application, to_state) is expected


def test_blockers_reason_only_when_asked(unit):
    application = make_application(unit)
    assert screening.blockers(application, S.REJECTED) == []
    assert [type(error) for error in screening.blockers(application, S.REJECTED, reason=" ")] == [ReasonRequired]
    assert refused(application, S.REJECTED, reason="") is ReasonRequired


def test_buttons_keep_approve_while_the_checklist_is_incomplete(unit):
    application = make_application(unit, state=S.READY)
    assert S.APPROVED in [action.to_state for action in actions_for(application)]
    assert screening.can_transition(application, S.APPROVED) is False
