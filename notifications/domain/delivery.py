"""Sending one outbox row: claim it once, send it, record the outcome. Safe to run any number of times."""

import datetime
import logging

from django.conf import settings
from django.db.models import Case, F, Value, When
from django.utils import timezone

from ..enums import Channel, Status
from ..transports.base import PERMANENT, SENT, Outcome
from .outbox import describe, enqueue_many, why_skip, wiped_texts
from .quiet_hours import is_quiet, next_send_time
from .recipients import Target, load_phone_status

log = logging.getLogger(__name__)

MAX_ATTEMPTS_DEFAULT = 10
FIRST_BACKOFF = datetime.timedelta(seconds=30)
MAX_BACKOFF = datetime.timedelta(hours=1)
STUCK_AFTER = datetime.timedelta(minutes=15)
# Fresh rows were queued on commit; the sweep leaves them a minute so it rarely queues a row twice.
SWEEP_GRACE = datetime.timedelta(minutes=1)


def max_attempts():
    return getattr(settings, "NOTIFICATIONS_MAX_ATTEMPTS", MAX_ATTEMPTS_DEFAULT)


def backoff(attempts):
    """30 s, 1 min, 2 min, ... up to an hour: ten attempts span about three hours of outage."""
    return min(FIRST_BACKOFF * 2 ** max(attempts - 1, 0), MAX_BACKOFF)


def claim(pk, now):
    """The conditional UPDATE is the lock: of two workers running the same task, one wins."""
    from ..models import OutboundMessage

    claimed = OutboundMessage.objects.filter(pk=pk, status=Status.QUEUED, send_after__lte=now).update(
        status=Status.SENDING, attempts=F("attempts") + 1, claimed_at=now
    )
    return OutboundMessage.objects.get(pk=pk) if claimed else None


def deliver(pk):
    """Send outbox row ``pk`` if it is queued and due. Returns the row's status afterwards (or None)."""
    now = timezone.now()
    row = claim(pk, now)
    if row is None:
        return None
    if row.channel == Channel.SMS and not row.urgent and is_quiet(now):
        return release(row, next_send_time(now), Outcome("quiet"))
    if skip_code := still_blocked(row):
        return finish(row, Status.SKIPPED, error_code=skip_code)
    outcome = transport_for(row.channel)(row)
    return record(row, outcome, now)


def transport_for(channel):
    from ..transports.email import send_email
    from ..transports.sms import send_sms

    return send_sms if channel == Channel.SMS else send_email


def still_blocked(row):
    """A STOPP may have arrived between queueing and sending."""
    if row.channel != Channel.SMS:
        return ""
    target = Target(None, row.recipient_name, "", "", row.address, row.language, "", load_phone_status(row.address))
    return why_skip(target, Channel.SMS, row.template_key)


def record(row, outcome, now):
    if outcome.kind == SENT:
        return mark_sent(row, outcome.provider_id, now)
    if outcome.kind == PERMANENT:
        if outcome.flag_phone:
            from .phone_status import flag_number

            flag_number(row.address, outcome.error_code)
        status = Status.UNDELIVERABLE if outcome.flag_phone else Status.FAILED
        return finish(row, status, outcome.error_code, outcome.error_text)
    if row.attempts >= max_attempts():
        log.warning("Giving up on %s after %s attempts (error %s).", describe(row), row.attempts, outcome.error_code)
        return finish(row, Status.FAILED, outcome.error_code, outcome.error_text)
    return release(row, now + backoff(row.attempts), outcome)


def mark_sent(row, provider_id, now):
    from ..models import OutboundMessage

    # A status callback may already have moved the row on (e.g. to delivered, or failed with its error
    # code); that wins. Only a row still "sending" becomes "sent" and loses the errors of earlier attempts.
    def if_sending(value, field):
        output = OutboundMessage._meta.get_field(field)
        return Case(When(status=Status.SENDING, then=Value(value)), default=F(field), output_field=output)

    OutboundMessage.objects.filter(pk=row.pk).update(
        provider_id=provider_id,
        sent_at=now,
        error_code=if_sending("", "error_code"),
        error_text=if_sending("", "error_text"),
        status=if_sending(Status.SENT, "status"),
        **wiped_texts(row),
    )
    return Status.SENT


def finish(row, status, error_code="", error_text=""):
    from ..models import OutboundMessage

    OutboundMessage.objects.filter(pk=row.pk, status=Status.SENDING).update(
        status=status, error_code=error_code, error_text=error_text, **wiped_texts(row)
    )
    return status


def release(row, send_after, outcome):
    """Back to the queue for later: after quiet hours, or after a backoff when the provider had trouble."""
    from ..models import OutboundMessage

    fields = {"status": Status.QUEUED, "send_after": send_after}
    if outcome.kind == "quiet":
        fields["attempts"] = F("attempts") - 1  # waiting for the morning is not a failed attempt
    else:
        fields.update(error_code=outcome.error_code, error_text=outcome.error_text)
    OutboundMessage.objects.filter(pk=row.pk, status=Status.SENDING).update(**fields)
    return Status.QUEUED


def dispatch_due(now=None, limit=1000):
    """Queue every row that is due (after quiet hours or backoff), and recover rows stuck in "sending".

    A row is stuck when its worker died mid-send; it goes out again (at least once beats never).
    """
    from ..models import OutboundMessage

    now = now or timezone.now()
    OutboundMessage.objects.filter(status=Status.SENDING, claimed_at__lt=now - STUCK_AFTER).update(status=Status.QUEUED)
    due = list(
        OutboundMessage.objects.due(now - SWEEP_GRACE).order_by("send_after", "pk").values_list("pk", flat=True)[:limit]
    )
    enqueue_many(due)
    return len(due)
