"""The hour entry's states: a literal table of every move, for staff and for the owner."""

import itertools

import pytest

from volunteers.hours.domain import entries
from volunteers.hours.domain.errors import CommentRequired, TransitionNotAllowed
from volunteers.hours.enums import EntryState
from volunteers.hours.models import HourEntry, HourEntryEvent

from .factories import submit

STATES = ["submitted", "approved", "returned", "resubmitted"]
# (from, to) → who may make the move. Written out by hand; not derived from the code's table.
ALLOWED = {
    ("submitted", "approved"): "staff",
    ("submitted", "returned"): "staff",
    ("resubmitted", "approved"): "staff",
    ("resubmitted", "returned"): "staff",
    ("returned", "resubmitted"): "owner",
}


def entry_in(volunteer, state):
    entry = submit(volunteer)
    HourEntry.objects.filter(pk=entry.pk).update(state=state)
    entry.refresh_from_db()
    return entry


@pytest.mark.parametrize(
    ("from_state", "to_state", "staff"),
    [(a, b, staff) for a, b in itertools.product(STATES, STATES) if a != b for staff in (True, False)],
)
def test_transition_follows_the_literal_table(volunteer, coordinator, from_state, to_state, staff):
    entry = entry_in(volunteer, from_state)
    allowed = ALLOWED.get((from_state, to_state)) == ("staff" if staff else "owner")
    actor = coordinator if staff else volunteer.user

    if allowed:
        assert entries.transition(entry, to_state, actor=actor, comment="Feil dato", staff=staff) is True
        entry.refresh_from_db()
        assert entry.state == to_state
    else:
        with pytest.raises(TransitionNotAllowed):
            entries.transition(entry, to_state, actor=actor, comment="Feil dato", staff=staff)
        entry.refresh_from_db()
        assert entry.state == from_state


@pytest.mark.parametrize("state", STATES)
def test_transition_to_the_same_state_is_a_no_op(volunteer, coordinator, state):
    entry = entry_in(volunteer, state)

    assert entries.transition(entry, state, actor=coordinator) is False
    assert HourEntryEvent.objects.filter(entry=entry, kind="transition").count() == 0


def test_allowed_targets_for_staff_and_owner(volunteer):
    entry = entry_in(volunteer, "submitted")
    returned = entry_in(volunteer, "returned")

    assert entries.allowed_targets(entry, staff=True) == {EntryState.APPROVED, EntryState.RETURNED}
    assert entries.allowed_targets(entry, staff=False) == set()
    assert entries.allowed_targets(returned, staff=True) == set()
    assert entries.allowed_targets(returned, staff=False) == {EntryState.RESUBMITTED}


def test_return_without_comment_is_refused(volunteer, coordinator):
    entry = submit(volunteer)

    with pytest.raises(CommentRequired):
        entries.transition(entry, "returned", actor=coordinator, comment="  ")
    entry.refresh_from_db()
    assert entry.state == "submitted"


def test_return_stores_the_comment_audits_and_tells_the_tidgiver(volunteer, coordinator):
    from notifications.models import OutboundMessage

    entry = submit(volunteer, quarters=10)

    entries.transition(entry, "returned", actor=coordinator, comment="Feil dato.")

    entry.refresh_from_db()
    assert entry.return_comment == "Feil dato."
    event = HourEntryEvent.objects.get(entry=entry, kind="transition")
    assert (event.actor, event.from_state, event.to_state, event.text) == (
        coordinator,
        "submitted",
        "returned",
        "Feil dato.",
    )
    message = OutboundMessage.objects.get(template_key="hours.entry_returned")
    assert "Timene dine " in message.body
    assert "(2,5 t) er sendt tilbake med denne kommentaren:\n\nFeil dato.\n" in message.body
