"""Old messages are deleted after MESSAGE_RETENTION_MONTHS; messages still on their way are kept."""

import datetime

import pytest
from django.utils import timezone

from notifications import tasks
from notifications.api import send
from notifications.enums import Status
from notifications.models import InboundMessage, OutboundMessage
from portal.org.enums import Role
from tests import factories

pytestmark = pytest.mark.django_db


def outgoing(person, status, days_old):
    send(person, "notifications.sms_help", {}, channels=("sms",))
    row = OutboundMessage.objects.latest("pk")
    OutboundMessage.objects.filter(pk=row.pk).update(
        status=status, created_at=timezone.now() - datetime.timedelta(days=days_old)
    )
    return row.pk


def incoming(person, days_old):
    return InboundMessage.objects.create(
        provider_id=f"SM{days_old}",
        phone="+4741000001",
        body="Hei",
        user=person,
        received_at=timezone.now() - datetime.timedelta(days=days_old),
    ).pk


def test_purge_old_messages_deletes_only_finished_rows_past_the_period(unit, settings):
    settings.MESSAGE_RETENTION_MONTHS = 12
    person = factories.make_member(unit, Role.TIDGIVER, phone="+4741000001")
    outgoing(person, Status.SENT, 400), outgoing(person, Status.FAILED, 400)
    old_queued, recent_sent = outgoing(person, Status.QUEUED, 400), outgoing(person, Status.DELIVERED, 300)
    incoming(person, 400)
    recent_reply = incoming(person, 30)

    counts = tasks.purge_old_messages()

    assert counts == {"outgoing": 2, "incoming": 1}
    assert sorted(OutboundMessage.objects.values_list("pk", flat=True)) == sorted([old_queued, recent_sent])
    assert list(InboundMessage.objects.values_list("pk", flat=True)) == [recent_reply]


def test_purge_old_messages_follows_the_setting(unit, settings):
    settings.MESSAGE_RETENTION_MONTHS = 6
    person = factories.make_member(unit, Role.TIDGIVER, phone="+4741000001")
    outgoing(person, Status.SENT, 200)

    assert tasks.purge_old_messages() == {"outgoing": 1, "incoming": 0}


def test_purge_schedule_runs_daily():
    from django_q.models import Schedule

    schedule = Schedule.objects.get(name="notifications: delete old messages")

    assert (schedule.func, schedule.schedule_type, schedule.repeats) == (
        "notifications.tasks.purge_old_messages",
        "D",
        -1,
    )
