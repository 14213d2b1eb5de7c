"""Recording the screening conversation moves the application to that step, through the one transition."""

import datetime

import pytest
from django.utils import timezone

from tests.volunteers.conftest import make_application
from volunteers.domain import records, screening
from volunteers.enums import ApplicationState, EventKind

pytestmark = pytest.mark.django_db
S = ApplicationState

# (state before, what is recorded, state after)
MOVES = [
    (S.RECEIVED, "booked", S.CONVERSATION_BOOKED),
    (S.CONTACTED, "booked", S.CONVERSATION_BOOKED),
    (S.CONVERSATION_BOOKED, "booked", S.CONVERSATION_BOOKED),
    (S.CONTACTED, "held", S.CONVERSATION_HELD),
    (S.CONVERSATION_BOOKED, "held", S.CONVERSATION_HELD),
    (S.REFERENCES, "booked", S.REFERENCES),
    (S.REFERENCES, "held", S.REFERENCES),
    (S.ON_HOLD, "booked", S.ON_HOLD),
]


@pytest.mark.parametrize(("before", "recorded", "after"), MOVES)
def test_recording_conversation_moves_application_forward_only(unit, coordinator, before, recorded, after):
    application = make_application(unit, state=before)
    when = {
        "booked": {"booked_for": timezone.now() + datetime.timedelta(days=2)},
        "held": {"held_on": timezone.localdate()},
    }

    records.record_conversation(application, actor=coordinator, **when[recorded])

    application.refresh_from_db()
    assert application.state == after


def test_recording_a_booking_writes_the_transitions_to_the_timeline(unit, coordinator):
    application = make_application(unit, state=S.RECEIVED)

    records.record_conversation(application, actor=coordinator, booked_for=timezone.now())

    moves = application.events.filter(kind=EventKind.TRANSITION).order_by("at", "pk")
    assert [(event.from_state, event.to_state, event.actor) for event in moves] == [
        (S.RECEIVED, S.CONTACTED, coordinator),
        (S.CONTACTED, S.CONVERSATION_BOOKED, coordinator),
    ]


def test_recording_a_booking_for_a_young_applicant_without_consent_stays(unit, coordinator):
    application = make_application(unit, state=S.AWAITING_GUARDIAN, guardian_name="Gro")

    records.record_conversation(application, actor=coordinator, booked_for=timezone.now())

    application.refresh_from_db()
    assert application.state == S.AWAITING_GUARDIAN
    assert screening.can_transition(application, S.CONVERSATION_BOOKED) is False


def test_move_on_past_a_step_without_its_record_asks_first(staff_client, unit):
    application = make_application(unit, state=S.CONTACTED)

    text = staff_client.get(f"/admin/applications/{application.pk}/").text

    assert '<details class="confirm-move" data-testid="confirm-conversation_booked">' in text
    assert "Ingen samtale er avtalt ennå. Vil du gå videre likevel?" in text


def test_move_on_with_the_record_in_place_is_one_click(staff_client, unit, coordinator):
    application = make_application(unit, state=S.CONTACTED)
    records.record_conversation(application, actor=coordinator, booked_for=timezone.now())
    screening.transition(application, S.CONTACTED, actor=coordinator)  # back, as a coordinator may

    text = staff_client.get(f"/admin/applications/{application.pk}/").text

    assert 'data-testid="confirm-conversation_booked"' not in text
    assert 'data-to-state="conversation_booked">' in text
