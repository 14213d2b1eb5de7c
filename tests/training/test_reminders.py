"""Reminding everyone overdue from the matrix: through notifications, once a day at most, unit-scoped."""

import pytest
from django.utils import timezone

from notifications.models import OutboundMessage
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
