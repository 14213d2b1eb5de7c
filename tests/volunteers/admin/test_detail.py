"""The application page: data, checklist, timeline, view log, and every form and button going through the domain."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import ModelLogEntry

from tests.volunteers.conftest import make_application
from volunteers.admin.actions import actions_for
from volunteers.domain import records
from volunteers.enums import PIPELINE, TRANSITIONS, ApplicationState, ChecklistItemKind, EventKind, ReferenceOutcome
from volunteers.models import ApplicationEvent, PoliceCertificateCheck, Reference, ScreeningConversation

pytestmark = pytest.mark.django_db
S = ApplicationState


def url(application, action=""):
    return f"/admin/applications/{application.pk}/{action}"


def events(application, kind=None):
    queryset = ApplicationEvent.objects.filter(application=application)
    if kind:
        queryset = queryset.filter(kind=kind)
    return list(queryset.order_by("pk"))


def test_detail_shows_applicant_checklist_and_buttons(staff_client, own_application):
    response = staff_client.get(url(own_application))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Astrid Drammensen" in html
    assert own_application.email in html
    assert "Kultur, Sport og friluftsliv" in html
    assert [item.kind for item in response.context["checklist"]] == [
        ChecklistItemKind.CONVERSATION,
        ChecklistItemKind.REFERENCES,
        ChecklistItemKind.CONFIDENTIALITY,
        ChecklistItemKind.TRAINING,
    ]
    assert 'data-kind="conversation" data-done="no"' in html
    assert [action.to_state for action in response.context["actions"]] == [
        S.CONTACTED,
        S.ON_HOLD,
        S.WITHDRAWN,
        S.REJECTED,
    ]
    assert 'data-to-state="contacted"' in html
    assert "Merk som kontaktet" in html


def test_detail_police_certificate_step_only_for_roles_that_require_it(staff_client, unit, role, police_role):
    plain = make_application(unit, volunteer_role=role)
    youth = make_application(unit, volunteer_role=police_role)

    plain_html = staff_client.get(url(plain)).content.decode()
    youth_html = staff_client.get(url(youth)).content.decode()

    assert 'data-section="police_certificate"' not in plain_html
    assert 'data-kind="police_certificate"' not in plain_html
    assert 'data-section="police_certificate"' in youth_html
    assert 'data-kind="police_certificate" data-done="no"' in youth_html


def test_detail_logs_who_viewed_it(staff_client, coordinator, own_application):
    staff_client.get(url(own_application))
    entry = ModelLogEntry.objects.get(object_id=str(own_application.pk), action="volunteers.application.viewed")
    assert entry.user == coordinator
    assert entry.label == f"Søknad {own_application.pk}"
    assert own_application.first_name not in entry.label
    history = staff_client.get(f"/admin/applications/history/{own_application.pk}/")
    assert history.status_code == 200
    assert "Vist" in history.content.decode()


def test_detail_timeline_lists_transitions_and_notes(staff_client, coordinator, own_application):
    records.add_note(own_application, coordinator, "Ringte, ingen svar.")
    staff_client.post(url(own_application, "transition/"), {"to_state": S.CONTACTED})
    html = staff_client.get(url(own_application)).content.decode()
    assert 'data-event-kind="note"' in html
    assert "Ringte, ingen svar." in html
    assert 'data-event-kind="transition"' in html
    assert "Mottatt → Kontaktet" in html


def _fields_to_reach(from_state, to_state):
    if from_state == S.ON_HOLD:
        return {"previous_state": to_state if to_state in PIPELINE else S.CONTACTED}
    if from_state == S.AWAITING_GUARDIAN:
        return {
            "guardian_name": "Gro Foresatt",
            "guardian_phone": "+4790000001",
            "guardian_confirmed_at": timezone.now(),
        }
    return {}


# Approving and rejecting have their own tests (checklist, reason).
BUTTONS = [(f, t) for f in S for t in sorted(TRANSITIONS[f]) if t not in (S.APPROVED, S.REJECTED)]


@pytest.mark.parametrize(("from_state", "to_state"), BUTTONS)
def test_each_button_moves_the_application_and_writes_the_timeline(
    staff_client, coordinator, unit, role, from_state, to_state
):
    application = make_application(
        unit, volunteer_role=role, state=from_state, **_fields_to_reach(from_state, to_state)
    )
    assert to_state in [action.to_state for action in actions_for(application)]

    response = staff_client.post(url(application, "transition/"), {"to_state": to_state})

    assert response.status_code == 302
    assert response["Location"] == url(application)
    application.refresh_from_db()
    assert application.state == to_state
    [event] = events(application, EventKind.TRANSITION)
    assert (event.actor, event.from_state, event.to_state) == (coordinator, from_state, to_state)


def test_reject_needs_a_reason_and_keeps_it_internal(staff_client, coordinator, own_application):
    response = staff_client.post(url(own_application, "transition/"), {"to_state": S.REJECTED, "reason": ""})
    assert response.status_code == 200
    assert response.context["reject_form"].errors == {
        "reason": ["Skriv en begrunnelse (intern) før du avslår en søknad."]
    }
    own_application.refresh_from_db()
    assert own_application.state == S.RECEIVED

    response = staff_client.post(
        url(own_application, "transition/"), {"to_state": S.REJECTED, "reason": "Passer ikke nå"}
    )
    assert response.status_code == 302
    own_application.refresh_from_db()
    assert (own_application.state, own_application.rejection_reason) == (S.REJECTED, "Passer ikke nå")
    assert events(own_application, EventKind.TRANSITION)[0].text == "Passer ikke nå"


def test_approve_with_incomplete_checklist_shows_missing_items_and_changes_nothing(staff_client, unit, role):
    application = make_application(unit, volunteer_role=role, state=S.READY)
    page = staff_client.get(url(application)).content.decode()
    assert "data-missing" in page

    response = staff_client.post(url(application, "transition/"), {"to_state": S.APPROVED})

    html = response.content.decode()
    assert response.status_code == 200
    expected = (
        "Ingenting ble endret: Sjekklisten er ikke fullført: "
        "Samtale gjennomført, Referanser, Taushetserklæring signert, Påkrevd opplæring fullført."
    )
    assert expected in html
    missing = [str(item.label) for item in response.context["missing"]]
    assert missing == ["Samtale gjennomført", "Referanser", "Taushetserklæring signert", "Påkrevd opplæring fullført"]
    application.refresh_from_db()
    assert application.state == S.READY
    assert events(application, EventKind.TRANSITION) == []


def test_transition_not_allowed_is_a_message_not_an_error_page(staff_client, own_application):
    response = staff_client.post(url(own_application, "transition/"), {"to_state": S.READY})
    assert response.status_code == 200
    assert "Ingenting ble endret: En søknad kan ikke gå fra «Mottatt» til «Klar»." in response.content.decode()
    own_application.refresh_from_db()
    assert own_application.state == S.RECEIVED


def test_conversation_booked_then_held_updates_one_record(staff_client, coordinator, own_application):
    staff_client.post(url(own_application, "conversation/"), {"conversation-booked_for": "2026-03-02T18:00"})
    response = staff_client.post(
        url(own_application, "conversation/"),
        {
            "conversation-booked_for": "2026-03-02T18:00",
            "conversation-held_on": "2026-03-02",
            "conversation-notes": "Fin prat",
        },
    )
    assert response.status_code == 302
    conversation = ScreeningConversation.objects.get(application=own_application)
    assert (conversation.held_on, conversation.notes, conversation.recorded_by) == (
        datetime.date(2026, 3, 2),
        "Fin prat",
        coordinator,
    )
    texts = [event.text for event in events(own_application, EventKind.CHECKLIST)]
    assert texts[0].startswith("Samtale avtalt")
    assert texts[1] == "Samtale gjennomført 02.03.2026"


def test_conversation_without_dates_shows_the_error(staff_client, own_application):
    response = staff_client.post(url(own_application, "conversation/"), {"conversation-notes": "Hei"})
    assert response.status_code == 200
    assert "Fyll inn når samtalen er avtalt, eller når den ble gjennomført." in response.content.decode()
    assert not ScreeningConversation.objects.exists()


def test_reference_added_and_outcome_updated(staff_client, own_application):
    response = staff_client.post(
        url(own_application, "reference/"),
        {
            "reference-name": "Per Hansen",
            "reference-relation": "Tidligere leder",
            "reference-contact": "+4790000000",
            "reference-outcome": ReferenceOutcome.PENDING,
        },
    )
    assert response.status_code == 302
    reference = Reference.objects.get(application=own_application)
    prefix = f"reference-{reference.pk}"
    response = staff_client.post(
        url(own_application, f"reference/{reference.pk}/"),
        {f"{prefix}-outcome": ReferenceOutcome.POSITIVE, f"{prefix}-notes": "Anbefaler varmt"},
    )
    assert response.status_code == 302
    reference.refresh_from_db()
    assert (reference.outcome, reference.notes) == (ReferenceOutcome.POSITIVE, "Anbefaler varmt")
    assert [event.text for event in events(own_application, EventKind.CHECKLIST)] == [
        "Referanse Per Hansen (Tidligere leder): Ikke kontaktet ennå",
        "Referanse Per Hansen (Tidligere leder): Positiv",
    ]


def test_reference_of_another_application_is_404(staff_client, own_application, unit):
    other = make_application(unit)
    reference = Reference.objects.create(application=other, name="X", relation="Y", contact="Z")
    response = staff_client.post(url(own_application, f"reference/{reference.pk}/"), {})
    assert response.status_code == 404


def test_police_certificate_records_dates_and_who_saw_it(staff_client, coordinator, unit, police_role):
    application = make_application(unit, volunteer_role=police_role)
    staff_client.post(url(application, "police-certificate/"), {"police-asked_on": "2026-03-01"})
    response = staff_client.post(
        url(application, "police-certificate/"),
        {"police-asked_on": "2026-03-01", "police-shown_on": "2026-03-10", "police-issue_date": "2026-02-20"},
    )
    assert response.status_code == 302
    check = PoliceCertificateCheck.objects.get(application=application)
    assert (check.asked_on, check.shown_on, check.issue_date, check.shown_to, check.volunteer_role) == (
        datetime.date(2026, 3, 1),
        datetime.date(2026, 3, 10),
        datetime.date(2026, 2, 20),
        coordinator,
        police_role,
    )
    page = staff_client.get(url(application)).content.decode()
    assert 'data-kind="police_certificate" data-done="yes"' in page
    assert 'type="file"' not in page


def test_police_certificate_too_old_is_shown_next_to_the_field(staff_client, unit, police_role):
    application = make_application(unit, volunteer_role=police_role)
    response = staff_client.post(
        url(application, "police-certificate/"),
        {"police-asked_on": "2026-03-01", "police-shown_on": "2026-03-10", "police-issue_date": "2025-10-01"},
    )
    assert response.status_code == 200
    assert response.context["police_form"].errors["issue_date"] == [
        "Politiattesten må være utstedt mindre enn tre måneder før den vises."
    ]
    assert not PoliceCertificateCheck.objects.exists()


def test_police_certificate_for_role_without_requirement_is_refused(staff_client, own_application):
    response = staff_client.post(url(own_application, "police-certificate/"), {"police-asked_on": "2026-03-01"})
    assert response.status_code == 200
    assert "Ingenting ble endret: Denne rollen krever ikke politiattest." in response.content.decode()
    assert not PoliceCertificateCheck.objects.exists()


def test_note_is_added_to_the_timeline(staff_client, coordinator, own_application):
    response = staff_client.post(url(own_application, "note/"), {"note-text": "Vil helst være med på fotball."})
    assert response.status_code == 302
    [note] = events(own_application, EventKind.NOTE)
    assert (note.actor, note.text) == (coordinator, "Vil helst være med på fotball.")


def _count_detail_queries(client, application):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url(application))
    assert response.status_code == 200
    return len(queries)


def test_detail_query_count_same_for_small_and_large_timeline(staff_client, coordinator, unit, role):
    small = make_application(unit, volunteer_role=role)
    large = make_application(unit, volunteer_role=role)
    for application, count in ((small, 1), (large, 60)):
        for number in range(count):
            records.add_note(application, coordinator, f"Notat {number}")
        records.add_reference(application, actor=coordinator, name="Per", relation="Venn", contact="+4790000000")
        records.record_conversation(application, actor=coordinator, held_on=datetime.date(2026, 3, 2))
    _count_detail_queries(staff_client, small)  # warm up per-process caches
    small_count = _count_detail_queries(staff_client, small)
    large_count = _count_detail_queries(staff_client, large)
    print(f"application detail queries: 1-note timeline -> {small_count}, 60-note timeline -> {large_count}")
    assert small_count == large_count


def test_guardian_consent_recorded_by_coordinator_starts_screening(staff_client, coordinator, unit, role):
    application = make_application(
        unit, volunteer_role=role, state=S.AWAITING_GUARDIAN, guardian_name="Gro Foresatt", guardian_phone="+4790000001"
    )
    page = staff_client.get(url(application))
    assert 'data-form="guardian"' in page.content.decode()
    assert S.RECEIVED not in [action.to_state for action in page.context["actions"]]

    response = staff_client.post(url(application, "guardian/"))

    assert response.status_code == 302
    application.refresh_from_db()
    assert application.state == S.RECEIVED
    assert application.guardian_confirmed_at is not None
    assert [(e.kind, e.actor) for e in events(application)] == [
        (EventKind.GUARDIAN, coordinator),
        (EventKind.TRANSITION, coordinator),
    ]
    assert 'data-form="guardian"' not in staff_client.get(url(application)).content.decode()


def test_guardian_consent_for_an_adult_is_refused(staff_client, own_application):
    response = staff_client.post(url(own_application, "guardian/"))
    assert response.status_code == 200
    assert "Ingenting ble endret: Denne søknaden venter ikke på foresatte." in response.content.decode()
    own_application.refresh_from_db()
    assert own_application.guardian_confirmed_at is None
    assert events(own_application) == []
