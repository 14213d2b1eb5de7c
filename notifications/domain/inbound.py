"""Incoming SMS: STOPP/START, keywords other apps register, and everything else to the coordinators' inbox."""

import datetime
import re

from django.db import transaction
from django.utils import timezone

from .. import registry
from ..defaults import STOP_CONFIRMATION
from ..enums import Channel, InboxState
from . import phone_status
from .outbox import queue_template, queue_text
from .phone_change import verified_owner
from .phones import normalise_phone
from .recipients import first_unit

STOP_WORDS = {"STOPP", "STOP", "STOPPALL", "AVSLUTT", "UNSUBSCRIBE"}
START_WORDS = {"START", "UNSTOP"}
START_CONFIRMATION = "notifications.sms_started"
HELP_REPLY = "notifications.sms_help"
HELP_REPLY_EVERY = datetime.timedelta(hours=24)


def store(provider_id, phone, body):
    """Called by the webhook: store once per Twilio id, process in the queue after commit."""
    from ..models import InboundMessage

    phone = normalise_phone(phone) or phone[:20]
    user = verified_owner(phone)  # an unproved number routes nothing to a person
    message, created = InboundMessage.objects.get_or_create(
        provider_id=provider_id,
        defaults={"phone": phone, "body": body, "user": user, "unit": first_unit(user)},
    )
    if created:
        transaction.on_commit(lambda: _enqueue(message.pk))
    return message


def _enqueue(pk):
    from django_q.tasks import async_task

    async_task("notifications.tasks.process_inbound", pk, group="notifications")


def first_word(body):
    words = re.findall(r"[^\W_]+", body or "")
    return registry.normalise_keyword(words[0]) if words else ""


@transaction.atomic
def process(pk):
    from ..models import InboundMessage

    message = InboundMessage.objects.select_for_update(of=("self",)).select_related("user", "unit").get(pk=pk)
    if message.processed:
        return message.state
    word = first_word(message.body)
    message.keyword = word[:30]
    message.state = InboxState.AUTOMATIC
    if word in STOP_WORDS:
        stop(message)
    elif word in START_WORDS:
        start(message)
    elif handler := registry.keyword_handler(word, sender_known=message.user is not None):
        reply(message, handler(message, message.user))
    else:
        message.keyword, message.state = "", InboxState.NEW
        help_reply(message)
    message.processed = True
    message.save()
    return message.state


def recipient_of(message):
    from ..api import Contact

    return message.user or Contact(name="", phone=message.phone)


def stop(message):
    if phone_status.opt_out(message.phone):
        queue_template(
            recipient_of(message), STOP_CONFIRMATION, {}, channels=(Channel.SMS,), urgent=True, unit=message.unit
        )


def start(message):
    if phone_status.opt_in(message.phone):
        queue_template(
            recipient_of(message), START_CONFIRMATION, {}, channels=(Channel.SMS,), urgent=True, unit=message.unit
        )


def reply(message, text):
    if text:
        queue_text(recipient_of(message), str(text), unit=message.unit)


def help_reply(message):
    """At most one help reply a day per number, so two automatic senders cannot talk forever."""
    from ..models import OutboundMessage

    since = timezone.now() - HELP_REPLY_EVERY
    if OutboundMessage.objects.filter(address=message.phone, template_key=HELP_REPLY, created_at__gte=since).exists():
        return
    queue_template(recipient_of(message), HELP_REPLY, {}, channels=(Channel.SMS,), urgent=True, unit=message.unit)
