"""Writing outbox rows in the caller's transaction and queueing their delivery when it commits."""

import logging
from functools import partial

from django.db import transaction
from django.utils import timezone

from .. import errors
from ..enums import REDACTED_BODY, Channel, ChannelChoice, Status
from .quiet_hours import next_send_time
from .recipients import first_unit, resolve
from .rendering import base_context, fill, free_text_wording, load_wording
from .segments import count_segments

log = logging.getLogger(__name__)

PART_FOR_CHANNEL = {Channel.SMS: "sms", Channel.EMAIL: "email_body"}


def queue_template(recipient, template_key, context, *, channels=None, urgent=False, unit=None, sender=None):
    return queue_wording(
        recipient, load_wording(template_key), context, channels=channels, urgent=urgent, unit=unit, sender=sender
    )


def queue_text(recipient, body, *, channels=("sms",), urgent=True, unit=None, key="notifications.reply"):
    """A one-off text, e.g. the reply to an incoming SMS."""
    wording = free_text_wording(body)
    return queue_wording(recipient, wording, {}, channels=channels, urgent=urgent, unit=unit, key=key)


def queue_rendered_email(recipient, *, key, subject, body, html_body="", urgent=True, secret=False, unit=None):
    """An e-mail someone else has already written (e.g. allauth's password reset), through the outbox."""
    target = resolve(recipient)
    texts = {"subject": " ".join(subject.split())[:200], "body": body, "html_body": html_body}
    row = new_row(
        target,
        Channel.EMAIL,
        texts,
        urgent=urgent,
        unit=unit or first_unit(target.user),
        sender=None,
        key=key,
        secret=secret,
    )
    row.save()
    enqueue_after_commit([row])
    return row


def queue_wording(
    recipient, wording, context, *, channels, urgent, unit, sender=None, key=None, target=None, enqueue_on_commit=True
):
    target = target or resolve(recipient)
    unit = unit or first_unit(target.user)
    chosen = choose_channels(target, wording, channels, urgent)
    values = {**base_context(target.first_name, unit), **context}
    rows = [
        build_row(target, wording, values, channel, urgent=urgent, unit=unit, sender=sender, key=key or wording.key)
        for channel in chosen
    ]
    for row in rows:
        row.save()
    if enqueue_on_commit:
        enqueue_after_commit(rows)
    if not rows:
        log.info("Message %s had no channel to go by (user id %s).", wording.key, getattr(target.user, "pk", None))
    return rows


def choose_channels(target, wording, channels, urgent):
    if channels is not None:
        for channel in channels:
            if not wording.has(PART_FOR_CHANNEL[Channel(channel)]):
                raise ValueError(f"Template {wording.key!r} has no {channel} text.")
        return [Channel(channel) for channel in channels]
    possible = [
        channel
        for channel in (Channel.SMS, Channel.EMAIL)
        if wording.has(PART_FOR_CHANNEL[channel]) and target.address(channel) and not blocked(target, channel)
    ]
    wanted = [channel for channel in possible if urgent or wants(target.preference, channel)]
    # When the preferred channel is impossible (no number, said STOPP), use the other one rather than none.
    return wanted or possible[:1]


def wants(preference, channel):
    return preference == ChannelChoice.BOTH or preference == channel


def blocked(target, channel):
    return channel == Channel.SMS and target.phone_status is not None and target.phone_status.blocked


def build_row(target, wording, values, channel, *, urgent, unit, sender, key):
    language = target.language
    texts = {"body": fill(wording.text(PART_FOR_CHANNEL[channel], language), values)}
    if channel == Channel.EMAIL:
        texts["subject"] = fill(wording.text("email_subject", language), values)
    return new_row(target, channel, texts, urgent=urgent, unit=unit, sender=sender, key=key, secret=wording.secret)


def new_row(target, channel, texts, *, urgent, unit, sender, key, secret):
    """An unsaved outbox row; skipped at once when it cannot go (and then a secret text is not kept)."""
    from ..models import OutboundMessage

    now = timezone.now()
    row = OutboundMessage(
        created_at=now,
        send_after=now,
        user=target.user,
        recipient_name=target.name,
        address=target.address(channel),
        unit=unit,
        sender=sender,
        channel=channel,
        template_key=key,
        language=target.language,
        urgent=urgent,
        secret=secret,
        **texts,
    )
    if channel == Channel.SMS:
        row.segments = count_segments(row.body).segments
        if not urgent:
            row.send_after = next_send_time(now)
    skip_code = why_skip(target, channel, key)
    if skip_code:
        row.status, row.error_code = Status.SKIPPED, skip_code
        for field, value in wiped_texts(row).items():
            setattr(row, field, value)
    return row


def wiped_texts(row):
    """The fields to overwrite once a secret row is finished, so no code stays readable in the database."""
    return {"body": REDACTED_BODY, "html_body": ""} if row.secret else {}


def why_skip(target, channel, key=""):
    """A code from notifications.errors, or "" when the row may go."""
    from ..defaults import OPT_OUT_EXEMPT

    if not target.address(channel):
        return errors.NO_PHONE if channel == Channel.SMS else errors.NO_EMAIL
    if channel == Channel.SMS:
        status = target.phone_status
        if status and status.opted_out and key not in OPT_OUT_EXEMPT:
            return errors.OPTED_OUT
        if status and status.invalid_code:
            return status.invalid_code
    return ""


def enqueue_after_commit(rows):
    due = [row.pk for row in rows if row.status == Status.QUEUED and row.send_after <= timezone.now()]
    if due:
        transaction.on_commit(partial(enqueue_many, due))


def enqueue_many(pks):
    """One transaction for many queue entries: one commit instead of one per message (group messages)."""
    with transaction.atomic():
        for pk in pks:
            enqueue(pk)


def enqueue(pk):
    """Hand a row to the queue now (rows waiting for the morning are picked up by the periodic sweep)."""
    from django_q.tasks import async_task

    # save=False: the outbox row is the record; storing every success in django-q would slow the monitor down.
    async_task("notifications.tasks.deliver", pk, group="notifications", task_name=f"outbox-{pk}", save=False)


def describe(row):
    """A log-safe description of a row: no number, no address, no body."""
    return f"outbox {row.pk} ({row.channel}, {row.template_key})"
