import datetime

import pytest

from notifications import tasks
from notifications.api import send
from notifications.domain.quiet_hours import next_send_time
from notifications.enums import Status
from notifications.models import OutboundMessage

pytestmark = pytest.mark.django_db

OSLO = datetime.timezone(datetime.timedelta(hours=1))  # March: CET
LATE_EVENING = datetime.datetime(2026, 3, 10, 22, 30, tzinfo=OSLO)


def test_next_send_time_in_the_evening_is_next_morning():
    assert next_send_time(LATE_EVENING) == datetime.datetime(2026, 3, 11, 8, 0, tzinfo=OSLO)


def test_next_send_time_early_morning_is_same_morning():
    early = datetime.datetime(2026, 3, 11, 7, 59, tzinfo=OSLO)
    assert next_send_time(early) == datetime.datetime(2026, 3, 11, 8, 0, tzinfo=OSLO)


def test_next_send_time_daytime_is_now():
    noon = datetime.datetime(2026, 7, 1, 20, 59, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
    assert next_send_time(noon) == noon


def test_quiet_hours_defer_non_urgent_sms_until_morning(tone, twilio, daytime, django_capture_on_commit_callbacks):
    daytime[0] = LATE_EVENING
    with django_capture_on_commit_callbacks(execute=True):
        [row] = send(tone, "notifications.sms_help", {}, channels=("sms",))

    assert twilio.requests == []
    assert OutboundMessage.objects.get(pk=row.pk).send_after == datetime.datetime(2026, 3, 11, 8, 0, tzinfo=OSLO)

    daytime[0] = datetime.datetime(2026, 3, 11, 7, 0, tzinfo=OSLO)
    tasks.dispatch_due()
    assert twilio.requests == []

    daytime[0] = datetime.datetime(2026, 3, 11, 8, 5, tzinfo=OSLO)
    tasks.dispatch_due()
    assert OutboundMessage.objects.get(pk=row.pk).status == Status.SENT
    assert len(twilio.requests) == 1


def test_quiet_hours_do_not_hold_urgent_sms(tone, twilio, daytime, django_capture_on_commit_callbacks):
    daytime[0] = LATE_EVENING
    with django_capture_on_commit_callbacks(execute=True):
        [row] = send(tone, "notifications.sms_help", {}, channels=("sms",), urgent=True)

    assert OutboundMessage.objects.get(pk=row.pk).status == Status.SENT


def test_quiet_hours_do_not_hold_email(tone, twilio, daytime, django_capture_on_commit_callbacks):
    daytime[0] = LATE_EVENING
    with django_capture_on_commit_callbacks(execute=True):
        [row] = send(tone, "notifications.group_message", {"tekst": "Hei"}, channels=("email",))

    assert OutboundMessage.objects.get(pk=row.pk).status == Status.SENT


def test_retry_landing_in_quiet_hours_waits_for_morning(tone, twilio, daytime):
    daytime[0] = datetime.datetime(2026, 3, 10, 20, 59, 50, tzinfo=OSLO)
    [row] = send(tone, "notifications.sms_help", {}, channels=("sms",))
    twilio.reply((503, {"code": 20503, "message": "Down", "status": 503}))
    tasks.deliver(row.pk)

    daytime[0] = datetime.datetime(2026, 3, 10, 21, 5, tzinfo=OSLO)
    tasks.dispatch_due()

    row = OutboundMessage.objects.get(pk=row.pk)
    assert (row.status, row.attempts, row.send_after) == (
        Status.QUEUED,
        1,
        datetime.datetime(2026, 3, 11, 8, 0, tzinfo=OSLO),
    )
    assert len(twilio.requests) == 1
