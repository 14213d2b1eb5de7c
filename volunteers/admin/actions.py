"""The buttons a coordinator sees for an application: one per state the domain allows next."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from ..domain.screening import offered_targets
from ..enums import PIPELINE, ApplicationState

S = ApplicationState

SPECIAL_LABELS = {
    S.CONTACTED: _("Mark as contacted"),
    S.APPROVED: _("Approve"),
    S.REJECTED: _("Reject"),
    S.ON_HOLD: _("Put on hold"),
    S.WITHDRAWN: _("Mark as withdrawn"),
    S.RECEIVED: _("Start screening"),
}


@dataclass(frozen=True)
class StateAction:
    to_state: ApplicationState
    label: str
    needs_reason: bool = False
    is_primary: bool = False
    is_danger: bool = False


def _label(from_state, to_state):
    if from_state in PIPELINE and to_state in PIPELINE and PIPELINE.index(to_state) < PIPELINE.index(from_state):
        return _("Back to “%(state)s”") % {"state": to_state.label}
    if from_state == S.ON_HOLD and to_state in PIPELINE:
        return _("Resume: %(state)s") % {"state": to_state.label}
    if to_state in SPECIAL_LABELS:
        return SPECIAL_LABELS[to_state]
    return _("Move on: %(state)s") % {"state": to_state.label}


def _order(from_state, to_state):
    """Forward first, then backward, then the side exits (hold, withdraw, reject)."""
    if to_state in PIPELINE or to_state == S.APPROVED:
        forward = to_state == S.APPROVED or from_state not in PIPELINE
        forward = forward or PIPELINE.index(to_state) > PIPELINE.index(from_state)
        return (0 if forward else 1, PIPELINE.index(to_state) if to_state in PIPELINE else 99)
    return (2, [S.ON_HOLD, S.WITHDRAWN, S.REJECTED].index(to_state))


def actions_for(application):
    from_state = ApplicationState(application.state)
    # Screening of a young applicant starts with the guardian's consent (its own button), not with these.
    targets = sorted(offered_targets(application), key=lambda state: _order(from_state, ApplicationState(state)))
    actions = []
    for target in targets:
        target = ApplicationState(target)
        rank = _order(from_state, target)[0]
        actions.append(
            StateAction(
                to_state=target,
                label=_label(from_state, target),
                needs_reason=target == S.REJECTED,
                is_primary=rank == 0,
                is_danger=target == S.REJECTED,
            )
        )
    return actions
