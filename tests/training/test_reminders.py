"""Reminding everyone overdue from the matrix: through notifications, once a day at most, unit-scoped."""

import pytest
from django.utils import timezone
from django.utils.translation import ngettext

from notifications.models import OutboundMessage
from portal.org.domain import set_membership
from portal.org.enums import Role
from tests import factories
from training.models import ModuleProgress, TrainingReminder

pytestmark = pytest.mark.django_db

REMIND = "/admin/training/remind/"


@pytest.fixture
def overdue(unit, other_unit, module):
    late = factories.make_member(unit, Role.TIDGIVER, first_name="Lars", phone="+4791234567")
    done = factories.make_member(unit, Role.TIDGIVER, first_name="Dina")
    ModuleProgress.objects.create(user=done, module=module, attempt_count=1, passed_at=timezone.now(), passed_version=1)
    factories.make_member(other_unit, Role.TIDGIVER, first_name="Olav")
    return late


def test_reminder_confirmation_lists_overdue_people_in_own_units(staff_client, overdue):
    response = staff_client.get(REMIND)
    assert [user.first_name for user, _unit, _modules in response.context["people"]] == ["Lars"]
    assert "Lars Person (Drammen): Grensesetting" in response.text
    assert OutboundMessage.objects.count() == 0


def test_reminder_is_queued_through_notifications_once_a_day(staff_client, coordinator, overdue):
    response = staff_client.post(REMIND)
    assert response.status_code == 302
    messages = OutboundMessage.objects.filter(template_key="training.reminder")
    assert {message.user for message in messages} == {overdue}
    assert all("Grensesetting" in message.body and "/opplaering/" in message.body for message in messages)
    assert TrainingReminder.objects.get().sent_by == coordinator
    count = messages.count()
    staff_client.post(REMIND)
    assert OutboundMessage.objects.filter(template_key="training.reminder").count() == count
    assert TrainingReminder.objects.count() == 1


def test_reminder_not_for_tidgivere(client_as, overdue):
    assert client_as("tidgiver").post(REMIND).status_code == 302
    assert OutboundMessage.objects.count() == 0


def test_reminder_invalid_role_filter_is_an_error_and_reminds_nobody(staff_client, overdue):
    page = staff_client.get(f"{REMIND}?role=999999")
    assert page.context["people"] == []
    assert "Denne Tidgiverrollen finnes ikke (lenger). Velg en annen." in page.text
    assert "Send påminnelser" not in page.text
    response = staff_client.post(f"{REMIND}?role=999999")
    assert response.status_code == 200
    assert "Filteret er ikke gyldig, så ingen er valgt:" in response.text
    assert OutboundMessage.objects.count() == 0
    assert TrainingReminder.objects.count() == 0


@pytest.mark.parametrize("value", ["other", "999999", "abc"])
def test_reminder_unit_outside_own_units_is_404_and_reminds_nobody(staff_client, overdue, other_unit, value):
    unit_id = other_unit.pk if value == "other" else value
    assert staff_client.get(f"{REMIND}?unit={unit_id}").status_code == 404
    assert staff_client.post(f"{REMIND}?unit={unit_id}").status_code == 404
    assert OutboundMessage.objects.count() == 0


def test_reminder_role_filter_reminds_only_that_role(staff_client, unit, overdue):
    economy = factories.make_volunteer_role("Økonomihjelper")
    per = factories.make_member(unit, Role.TIDGIVER, volunteer_role=economy, first_name="Per")
    staff_client.post(f"{REMIND}?role={economy.pk}")
    assert [reminder.user for reminder in TrainingReminder.objects.all()] == [per]


def test_reminder_button_counts_a_person_in_two_units_once(staff_client, coordinator, unit, other_unit, overdue):
    set_membership(coordinator, other_unit, Role.COORDINATOR)
    set_membership(overdue, other_unit, Role.TIDGIVER)
    matrix = staff_client.get("/admin/training/")
    assert [row.user.first_name for row in matrix.context["page_obj"].object_list] == ["Dina", "Lars", "Lars", "Olav"]
    assert matrix.context["overdue_count"] == 2
    button = ngettext("Remind %(count)s person overdue", "Remind %(count)s people overdue", 2) % {"count": 2}
    assert button in matrix.text
    staff_client.post(REMIND)
    assert sorted(reminder.user.first_name for reminder in TrainingReminder.objects.all()) == ["Lars", "Olav"]


def test_reminder_for_a_person_in_two_units_lists_what_is_overdue_in_either(
    staff_client, coordinator, unit, other_unit, module, make_module
):
    economy = factories.make_volunteer_role("Økonomihjelper")
    make_module("Budsjett", roles=[economy])
    set_membership(coordinator, other_unit, Role.COORDINATOR)
    person = factories.make_member(unit, Role.TIDGIVER, first_name="Lars", phone="+4791234567")
    set_membership(person, other_unit, Role.TIDGIVER, economy)

    staff_client.post(REMIND)

    reminder = TrainingReminder.objects.get(user=person)
    assert (reminder.unit, reminder.modules.splitlines()) == (unit, ["Grensesetting", "Budsjett"])
