"""The checklist per role, configurable per unit, and approving into an active Tidgiver."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from portal.org.enums import Role
from volunteers.domain import checklist, records, screening
from volunteers.domain.declarations import sign_declaration
from volunteers.domain.errors import StepNotApplicable
from volunteers.enums import ApplicationState, ChecklistItemKind, ReferenceOutcome, VolunteerStatus
from volunteers.models import ChecklistRequirement, Volunteer

from .conftest import make_application

S = ApplicationState
K = ChecklistItemKind


def _kinds(application):
    return [(item.kind, item.required, item.done) for item in checklist.checklist_for(application)]


def _complete(application, coordinator, declaration, training):
    records.record_conversation(application, actor=coordinator, held_on=datetime.date(2026, 11, 2), notes="Fin prat")
    records.add_reference(
        application,
        actor=coordinator,
        name="Per",
        relation="Kollega",
        contact="+4791111111",
        outcome=ReferenceOutcome.POSITIVE,
    )
    sign_declaration(application.user, application.user.get_full_name(), "127.0.0.1", declaration)
    training.complete = True


def test_checklist_defaults_without_police_certificate_for_ordinary_role(application):
    assert _kinds(application) == [
        (K.CONVERSATION, True, False),
        (K.REFERENCES, True, False),
        (K.CONFIDENTIALITY, True, False),
        (K.TRAINING, True, False),
    ]


def test_checklist_police_certificate_step_only_for_role_that_requires_it(unit, police_role):
    application = make_application(unit, volunteer_role=police_role)
    assert _kinds(application)[-1] == (K.POLICE_CERTIFICATE, True, False)


def test_checklist_police_certificate_never_shown_for_role_without_requirement_even_if_configured(application):
    ChecklistRequirement.objects.create(unit=application.unit, kind=K.POLICE_CERTIFICATE, required=True)
    assert K.POLICE_CERTIFICATE not in [item.kind for item in checklist.checklist_for(application)]


def test_checklist_unit_configuration_and_role_override(application, role):
    ChecklistRequirement.objects.create(unit=application.unit, kind=K.REFERENCES, required=False)
    ChecklistRequirement.objects.create(unit=application.unit, kind=K.TRAINING, required=False)
    ChecklistRequirement.objects.create(unit=application.unit, volunteer_role=role, kind=K.TRAINING, required=True)
    required = {item.kind: item.required for item in checklist.checklist_for(application)}
    assert required == {K.CONVERSATION: True, K.REFERENCES: False, K.CONFIDENTIALITY: True, K.TRAINING: True}


def test_checklist_other_units_configuration_does_not_apply(application, other_unit):
    ChecklistRequirement.objects.create(unit=other_unit, kind=K.REFERENCES, required=False)
    assert {item.kind: item.required for item in checklist.checklist_for(application)}[K.REFERENCES] is True


def test_checklist_items_done_after_recording(application, coordinator, declaration, training):
    _complete(application, coordinator, declaration, training)
    items = checklist.checklist_for(application)
    assert [(item.kind, item.done) for item in items] == [
        (K.CONVERSATION, True),
        (K.REFERENCES, True),
        (K.CONFIDENTIALITY, True),
        (K.TRAINING, True),
    ]
    assert items[1].detail == "1 av 1 positive"
    assert training.calls[-1] == (application.user, application.volunteer_role)


def test_checklist_reference_with_concerns_does_not_count(application, coordinator):
    records.add_reference(
        application,
        actor=coordinator,
        name="Per",
        relation="Venn",
        contact="per@example.org",
        outcome=ReferenceOutcome.CONCERNS,
    )
    assert [item.done for item in checklist.checklist_for(application) if item.kind == K.REFERENCES] == [False]


def test_approve_with_complete_checklist_creates_active_volunteer_and_tidgiver_membership(
    unit, role, coordinator, declaration, training
):
    application = make_application(unit, state=S.READY, volunteer_role=role, languages="norsk, arabisk")
    _complete(application, coordinator, declaration, training)

    screening.transition(application, S.APPROVED, actor=coordinator)

    volunteer = Volunteer.objects.get(user=application.user)
    assert (volunteer.unit, volunteer.volunteer_role, volunteer.status) == (unit, role, VolunteerStatus.ACTIVE)
    assert (volunteer.interests, volunteer.languages, volunteer.application) == (
        ["culture", "sport_outdoor"],
        "norsk, arabisk",
        application,
    )
    membership = application.user.memberships.get(unit=unit)
    assert (membership.role, membership.volunteer_role) == (Role.TIDGIVER, role)


def test_approve_police_role_needs_certificate_shown(unit, police_role, coordinator, declaration, training):
    application = make_application(unit, state=S.READY, volunteer_role=police_role)
    _complete(application, coordinator, declaration, training)
    assert [item.kind for item in checklist.missing_items(application)] == [K.POLICE_CERTIFICATE]

    records.record_police_certificate(
        application,
        actor=coordinator,
        asked_on=datetime.date(2026, 10, 1),
        shown_on=datetime.date(2026, 10, 20),
        issue_date=datetime.date(2026, 7, 20),
    )

    assert checklist.missing_items(application) == []
    check = application.police_checks.get()
    assert (check.shown_to, check.volunteer_role) == (coordinator, police_role)


def test_police_certificate_issued_more_than_three_months_before_shown_is_refused(unit, police_role, coordinator):
    application = make_application(unit, volunteer_role=police_role)
    with pytest.raises(ValidationError) as error:
        records.record_police_certificate(
            application,
            actor=coordinator,
            asked_on=datetime.date(2026, 10, 1),
            shown_on=datetime.date(2026, 10, 20),
            issue_date=datetime.date(2026, 7, 19),
        )
    assert list(error.value.message_dict) == ["issue_date"]
    assert not application.police_checks.exists()


def test_police_certificate_for_role_without_requirement_is_refused(application, coordinator):
    with pytest.raises(StepNotApplicable):
        records.record_police_certificate(application, actor=coordinator, asked_on=datetime.date(2026, 10, 1))


def test_checklist_training_item_asks_the_training_app(application, home_page, monkeypatch):
    """Without the test seam: the real `training.api.required_complete` decides."""
    from training.models import TrainingModulePage
    from training.seed import index_page

    monkeypatch.undo()
    training_item = [item for item in checklist.checklist_for(application) if item.kind == K.TRAINING]
    assert training_item[0].done is True  # nothing is required yet

    module = TrainingModulePage(title="Grensesetting", slug="grensesetting", body=[], required_before_approval=True)
    index_page().add_child(instance=module)
    module.save_revision().publish()

    training_item = [item for item in checklist.checklist_for(application) if item.kind == K.TRAINING]
    assert training_item[0].done is False
