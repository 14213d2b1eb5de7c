import datetime

import pytest
import requests

from notifications import tasks
from notifications.api import send
from notifications.enums import Status
from notifications.models import OutboundMessage, PhoneStatus
from tests.notifications.fake_twilio import error_json

pytestmark = pytest.mark.django_db


def queue_sms(user):
    [row] = send(user, "notifications.sms_help", {}, channels=("sms",))
    return row


def reload(row):
    return OutboundMessage.objects.get(pk=row.pk)


@pytest.mark.parametrize(
    ("code", "opted_out", "invalid_code"),
    [(21211, False, "21211"), (21610, True, ""), (21614, False, "21614")],
)
def test_deliver_permanent_error_flags_number_without_retry(tone, twilio, daytime, code, opted_out, invalid_code):
    row = queue_sms(tone)
    twilio.reply((400, error_json(400, code)))

    tasks.deliver(row.pk)
    daytime[0] += datetime.timedelta(hours=5)
    tasks.dispatch_due()
    tasks.deliver(row.pk)

    row = reload(row)
    assert (row.status, row.attempts, row.error_code) == (Status.UNDELIVERABLE, 1, str(code))
    assert row.error_text == "HTTP 400: Unable to create record: Error"
    assert len(twilio.requests) == 1
    flag = PhoneStatus.objects.get(phone="+4741234567")
    assert (flag.opted_out, flag.invalid_code) == (opted_out, invalid_code)


def test_send_after_permanent_error_is_skipped_without_calling_twilio(tone, twilio, daytime):
    twilio.reply((400, error_json(400, 21211)))
    tasks.deliver(queue_sms(tone).pk)

    later = queue_sms(tone)
    tasks.deliver(later.pk)

    assert reload(later).status == Status.SKIPPED
    assert (reload(later).error_code, reload(later).error_text) == ("21211", "")
    assert len(twilio.requests) == 1


def test_deliver_retries_503_with_backoff_then_succeeds(tone, twilio, daytime):
    row = queue_sms(tone)
    twilio.reply((503, error_json(503, 20503, "Service unavailable")))

    tasks.deliver(row.pk)
    waiting = reload(row)
    assert (waiting.status, waiting.attempts, waiting.error_code) == (Status.QUEUED, 1, "20503")
    assert waiting.send_after == daytime[0] + datetime.timedelta(seconds=30)

    tasks.deliver(row.pk)  # not due yet: nothing happens
    assert len(twilio.requests) == 1

    daytime[0] += datetime.timedelta(minutes=2)
    tasks.dispatch_due()  # the sweep queues it; tests run the queue inline

    sent = reload(row)
    assert (sent.status, sent.attempts, sent.error_code, sent.error_text) == (Status.SENT, 2, "", "")
    assert len(twilio.requests) == 2


def test_deliver_429_is_retried(tone, twilio, daytime):
    row = queue_sms(tone)
    twilio.reply((429, error_json(429, 20429, "Too many requests")))

    tasks.deliver(row.pk)

    assert (reload(row).status, reload(row).error_code) == (Status.QUEUED, "20429")


def test_deliver_gives_up_after_max_attempts(tone, twilio, daytime, settings):
    settings.NOTIFICATIONS_MAX_ATTEMPTS = 3
    row = queue_sms(tone)
    twilio.reply(*[(500, error_json(500, 20500, "Internal error"))] * 3)

    for _attempt in range(5):
        tasks.deliver(row.pk)
        daytime[0] += datetime.timedelta(hours=2)

    failed = reload(row)
    assert (failed.status, failed.attempts, failed.error_code) == (Status.FAILED, 3, "20500")
    assert failed.error_text == "HTTP 500: Unable to create record: Internal error"
    assert len(twilio.requests) == 3


def test_twilio_down_rows_stay_queued_and_go_out_after_recovery(tone, twilio, daytime):
    rows = [queue_sms(tone) for _ in range(3)]
    twilio.reply(*[requests.ConnectionError("connection refused")] * 3)

    for row in rows:
        tasks.deliver(row.pk)
    assert [(reload(row).status, reload(row).error_code) for row in rows] == [(Status.QUEUED, "network")] * 3

    daytime[0] += datetime.timedelta(minutes=5)  # Twilio is back
    assert tasks.dispatch_due() == 3

    assert [reload(row).status for row in rows] == [Status.SENT] * 3
    assert len(twilio.sent) == 6


def test_deliver_twice_makes_one_twilio_request(tone, twilio, daytime):
    row = queue_sms(tone)

    first = tasks.deliver(row.pk)
    second = tasks.deliver(row.pk)

    assert (first, second, len(twilio.requests), reload(row).attempts) == (Status.SENT, None, 1, 1)


def test_deliver_row_claimed_by_another_worker_is_left_alone(tone, twilio, daytime):
    row = queue_sms(tone)
    OutboundMessage.objects.filter(pk=row.pk).update(status=Status.SENDING, claimed_at=daytime[0])

    assert tasks.deliver(row.pk) is None
    assert twilio.requests == []


def test_dispatch_due_recovers_row_stuck_in_sending(tone, twilio, daytime):
    row = queue_sms(tone)
    OutboundMessage.objects.filter(pk=row.pk).update(status=Status.SENDING, claimed_at=daytime[0])

    daytime[0] += datetime.timedelta(minutes=20)
    tasks.dispatch_due()

    assert reload(row).status == Status.SENT


def test_console_transport_without_twilio_settings_logs_no_number_or_text(tone, settings, daytime, app_log):
    settings.TWILIO_ACCOUNT_SID = ""
    row = queue_sms(tone)

    tasks.deliver(row.pk)

    assert (reload(row).status, reload(row).provider_id) == (Status.SENT, f"console-{row.pk}")
    assert f"outbox {row.pk} would be sent now" in app_log.text
    assert "41234567" not in app_log.text
    assert "Koordinatoren" not in app_log.text


def test_messaging_service_sid_replaces_from(tone, twilio, daytime, settings):
    settings.TWILIO_MESSAGING_SERVICE_SID = "MG" + "1" * 32

    tasks.deliver(queue_sms(tone).pk)

    assert twilio.sent[0]["MessagingServiceSid"] == "MG" + "1" * 32
    assert "From" not in twilio.sent[0]


def test_dispatch_schedule_runs_every_minute():
    from django_q.models import Schedule

    schedule = Schedule.objects.get(name="notifications: send due messages")

    assert (schedule.func, schedule.schedule_type, schedule.minutes, schedule.repeats) == (
        "notifications.tasks.dispatch_due",
        "I",
        1,
        -1,
    )


def test_permanent_error_keeps_number_and_text_out_of_logs(tone, twilio, daytime, app_log):
    row = queue_sms(tone)
    twilio.reply((400, error_json(400, 21211, "The 'To' number +4741234567 is not a valid phone number.")))

    tasks.deliver(row.pk)

    assert "The 'To' number +4741234567" in reload(row).error_text  # kept for staff, in the database
    assert "41234567" not in app_log.text
    assert "Koordinatoren" not in app_log.text
