"""Every allowed and every forbidden transition of the screening pipeline, and the audit entry each writes."""

import pytest

from volunteers.domain import screening
from volunteers.domain.errors import ChecklistIncomplete, ReasonRequired, TransitionNotAllowed
from volunteers.enums import PIPELINE, ApplicationState, EventKind
from volunteers.enums import ChecklistItemKind as Kind
from volunteers.models import ApplicationEvent, ChecklistRequirement

from .conftest import make_application

S = ApplicationState

# Written out by hand from the screening steps (DOMAIN.md, issue texts), NOT derived from enums.TRANSITIONS, so a
# wrong change to the code's table fails here. One row per state the coordinator moves from, one column per
# state moved to: "x" allowed, "." forbidden, "-" the same state. The road: one step on or one step back; from
# every open step aside to on hold, withdrawn or rejected; an applicant awaiting a guardian only on to received
# or out; on hold back into the road (the step it came from: see the on-hold test below) or out; closed is
# final. Received -> awaiting guardian is a move only the system makes, so a coordinator may not.
AWG, REC, CON, BKD, HLD, REF, DEC, RDY, APP, ONH, WDR, REJ = COLUMNS = (
    S.AWAITING_GUARDIAN,
    S.RECEIVED,
    S.CONTACTED,
    S.CONVERSATION_BOOKED,
    S.CONVERSATION_HELD,
    S.REFERENCES,
    S.DECLARATIONS,
    S.READY,
    S.APPROVED,
    S.ON_HOLD,
    S.WITHDRAWN,
    S.REJECTED,
)
GRID = {
    #     AWG REC CON BKD HLD REF DEC RDY APP ONH WDR REJ
    AWG: " -   x   .   .   .   .   .   .   .   .   x   x",
    REC: " .   -   x   .   .   .   .   .   .   x   x   x",
    CON: " .   x   -   x   .   .   .   .   .   x   x   x",
    BKD: " .   .   x   -   x   .   .   .   .   x   x   x",
    HLD: " .   .   .   x   -   x   .   .   .   x   x   x",
    REF: " .   .   .   .   x   -   x   .   .   x   x   x",
    DEC: " .   .   .   .   .   x   -   x   .   x   x   x",
    RDY: " .   .   .   .   .   .   x   -   x   x   x   x",
    APP: " .   .   .   .   .   .   .   .   -   .   .   .",
    ONH: " .   x   x   x   x   x   x   x   .   -   x   x",
    WDR: " .   .   .   .   .   .   .   .   .   .   -   .",
    REJ: " .   .   .   .   .   .   .   .   .   .   .   -",
}
TABLE = [
    (from_state, to_state, mark == "x")
    for from_state, row in GRID.items()
    for to_state, mark in zip(COLUMNS, row.split(), strict=True)
    if mark != "-"
]
ALLOWED = [(f, t) for f, t, allowed in TABLE if allowed]
FORBIDDEN = [(f, t) for f, t, allowed in TABLE if not allowed]


def test_transition_table_covers_every_pair_of_states():
    assert sorted((f, t) for f, t, _allowed in TABLE) == sorted((f, t) for f in S for t in S if f != t)
    assert all(GRID[state].split()[COLUMNS.index(state)] == "-" for state in S)


def _prepare(unit, from_state, to_state):
    """An application in `from_state` for which `to_state` is reachable in every other respect."""
    fields = {}
    if from_state == S.ON_HOLD:
        fields["previous_state"] = to_state if to_state in PIPELINE else S.CONTACTED
    if from_state == S.AWAITING_GUARDIAN:
        fields.update(guardian_name="Gro Foresatt", guardian_phone="+4790000001")
        from django.utils import timezone

        fields["guardian_confirmed_at"] = timezone.now()
    return make_application(unit, state=from_state, **fields)


@pytest.fixture
def approvable(unit):
    """The unit asks for nothing before approval (real checklist rows, so approval is reachable from READY)."""
    for kind in (Kind.CONVERSATION, Kind.REFERENCES, Kind.CONFIDENTIALITY, Kind.TRAINING):
        ChecklistRequirement.objects.create(unit=unit, kind=kind, required=False)


@pytest.mark.parametrize(("from_state", "to_state"), ALLOWED)
def test_transition_allowed_moves_and_writes_audit_entry(unit, coordinator, approvable, from_state, to_state):
    application = _prepare(unit, from_state, to_state)

    changed = screening.transition(application, to_state, actor=coordinator, reason="Grunn")

    application.refresh_from_db()
    assert changed is True
    assert application.state == to_state
    event = ApplicationEvent.objects.get(application=application, kind=EventKind.TRANSITION)
    assert (event.actor, event.from_state, event.to_state, event.text) == (coordinator, from_state, to_state, "Grunn")


@pytest.mark.parametrize(("from_state", "to_state"), FORBIDDEN)
def test_transition_forbidden_raises_and_changes_nothing(unit, coordinator, approvable, from_state, to_state):
    application = make_application(unit, state=from_state)

    with pytest.raises(TransitionNotAllowed):
        screening.transition(application, to_state, actor=coordinator, reason="Grunn")

    application.refresh_from_db()
    assert application.state == from_state
    assert not ApplicationEvent.objects.filter(application=application).exists()


def test_transition_to_same_state_is_a_no_op(application, coordinator):
    assert screening.transition(application, S.RECEIVED, actor=coordinator) is False
    assert not ApplicationEvent.objects.filter(application=application).exists()


def test_transition_on_hold_returns_only_to_the_state_it_came_from(application, coordinator):
    screening.transition(application, S.CONTACTED, actor=coordinator)
    screening.transition(application, S.ON_HOLD, actor=coordinator)
    application.refresh_from_db()
    assert application.previous_state == S.CONTACTED
    assert screening.allowed_targets(application) == {S.CONTACTED, S.WITHDRAWN, S.REJECTED}

    with pytest.raises(TransitionNotAllowed):
        screening.transition(application, S.READY, actor=coordinator)
    screening.transition(application, S.CONTACTED, actor=coordinator)

    application.refresh_from_db()
    assert (application.state, application.previous_state) == (S.CONTACTED, "")


def test_transition_reject_without_reason_fails(application, coordinator):
    with pytest.raises(ReasonRequired):
        screening.transition(application, S.REJECTED, actor=coordinator, reason="  ")
    application.refresh_from_db()
    assert application.state == S.RECEIVED


def test_transition_reject_stores_internal_reason_and_ends_applicant_membership(application, coordinator):
    screening.transition(application, S.REJECTED, actor=coordinator, reason="Passer ikke nå")

    application.refresh_from_db()
    assert application.rejection_reason == "Passer ikke nå"
    assert not application.user.memberships.exists()


def test_transition_approve_with_incomplete_checklist_fails(unit, coordinator, role):
    application = make_application(unit, state=S.READY, volunteer_role=role)

    with pytest.raises(ChecklistIncomplete) as error:
        screening.transition(application, S.APPROVED, actor=coordinator)

    assert [item.kind for item in error.value.missing] == ["conversation", "references", "confidentiality", "training"]
    application.refresh_from_db()
    assert application.state == S.READY


def test_transition_first_move_past_received_sets_contacted_at(application, coordinator):
    assert application.contacted_at is None
    screening.transition(application, S.CONTACTED, actor=coordinator)
    application.refresh_from_db()
    first_contact = application.contacted_at
    screening.transition(application, S.CONVERSATION_BOOKED, actor=coordinator)
    application.refresh_from_db()
    assert first_contact is not None
    assert application.contacted_at == first_contact


def test_transition_reject_sends_kind_neutral_message_without_the_internal_reason(application, coordinator):
    from notifications.models import OutboundMessage

    screening.transition(application, S.REJECTED, actor=coordinator, reason="Intern: for lite tid")

    message = OutboundMessage.objects.get(template_key="volunteers.application_rejected")
    assert (message.channel, message.address) == ("email", application.email)
    assert "Vi går ikke videre med søknaden din nå." in message.body
    assert "Intern" not in message.body and "lite tid" not in message.body


def test_transition_approve_sends_welcome(unit, coordinator, approvable):
    from notifications.models import OutboundMessage

    application = make_application(unit, state=S.READY)
    screening.transition(application, S.APPROVED, actor=coordinator)
    assert OutboundMessage.objects.filter(template_key="volunteers.application_approved").exists()
    assert application.user.memberships.get().role == "tidgiver"
