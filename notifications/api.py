"""The public API of notifications: the only module other apps import.

Models are imported inside the functions, so this module can be imported from any AppConfig.ready().
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from . import registry
from .exceptions import SmsCapReached

# The message to show when normalise_phone() gives up (e.g. in another app's form).
INVALID_PHONE_MESSAGE = _("Enter a valid mobile number, for example 412 34 567.")

__all__ = [
    "INVALID_PHONE_MESSAGE",
    "Contact",
    "SmsCapReached",
    "display_phone",
    "forget_messages",
    "mark_phone_verified",
    "messages_of",
    "normalise_phone",
    "phone_owner",
    "preferred_language",
    "preview_group",
    "register_keyword",
    "register_template",
    "send",
    "send_group",
    "send_rendered_email",
    "sms_segments",
]


@dataclass(frozen=True)
class Contact:
    """A recipient by address (e.g. a guardian). ``phone`` in any Norwegian or E.164 form.

    ``user`` is the account the message concerns when the address is not the account's own (say, the number
    on an application that was never proved): the person's language and channel choice apply, the outbox row
    names the account, and nothing about the account changes.
    """

    name: str
    email: str = ""
    phone: str = ""
    language: str = "nb"
    user: object = None


def send(recipient, template_key, context=None, *, channels=None, urgent=False, unit=None):
    """Render ``template_key`` for ``recipient`` (a User or a Contact) and put it in the outbox.

    One row per channel is written in the caller's transaction; a django-q2 task per row is queued when
    that transaction commits, so a rolled-back change sends nothing and a Twilio outage loses nothing.
    ``channels=None`` follows the person's preference (SMS, e-mail or both; both where the address
    exists); pass ``("sms",)`` or ``("email",)`` to force. ``urgent=True`` skips quiet hours (21–08).
    ``unit`` is the portal.org Unit the message belongs to (default: the recipient's first unit).
    Returns the OutboundMessage rows (skipped ones included, e.g. after STOPP).
    """
    from .domain.outbox import queue_template

    return queue_template(recipient, template_key, context or {}, channels=channels, urgent=urgent, unit=unit)


def send_rendered_email(recipient, key, *, subject, body, html_body="", urgent=True, secret=False):
    """Put an e-mail that is already written (subject, text, optional HTML) in the outbox.

    For texts rendered elsewhere, e.g. allauth's password-reset and log-in-code e-mails. ``key`` names the
    kind of message in the back office. ``secret=True`` when it carries a code or a log-in/reset link.
    Urgent by default: the person is waiting for it. Returns the OutboundMessage row.
    """
    from .domain.outbox import queue_rendered_email

    return queue_rendered_email(
        recipient, key=key, subject=subject, body=body, html_body=html_body, urgent=urgent, secret=secret
    )


def mark_phone_verified(user, phone):
    """``user`` has proved ``phone`` is theirs: store it as verified and take it from anyone else.

    A number belongs to one person (log-in by SMS code finds the account by it).
    """
    from .domain.phone_change import save_verified_phone

    save_verified_phone(user, phone)


def phone_owner(phone):
    """The account that proved ``phone`` (E.164) with a code, or None: the only lookup from a number to a person."""
    from .domain.phone_change import verified_owner

    return verified_owner(phone)


def messages_of(user):
    """What was sent to ``user`` and what they sent us (for "download my data"): JSON-ready dicts."""
    from .domain.personal_data import messages_of as _messages_of

    return _messages_of(user)


def forget_messages(user):
    """``user`` is being deleted: their messages lose text, address and owner (counts for statistics stay)."""
    from .domain.personal_data import forget_messages as _forget

    _forget(user)


def preferred_language(user):
    """The language (nb or en) the person chose for our messages; nb until they choose."""
    from .domain.recipients import language_of

    return language_of(user)


def register_template(key, *, description, sms=None, email_subject=None, email_body=None, secret=False):
    """Ship a default message template under ``key``; staff can override its wording in Wagtail.

    Each text is a dict ``{"nb": "...", "en": "..."}`` (Norwegian required). Placeholders are
    ``{name}`` for any context key; ``{fornavn}``, ``{enhet}`` and ``{lenke}`` are filled in
    automatically from the recipient, the unit and the portal's address. Leave out ``sms`` or the
    e-mail parts for a template that only goes by one channel. ``secret=True`` for a text that carries a
    code or a log-in link: the back office never shows it and the stored text is wiped once it is sent.
    """
    registry.add_template(
        key, description=description, sms=sms, email_subject=email_subject, email_body=email_body, secret=secret
    )


def register_keyword(keyword, handler, *, known_senders_only=False):
    """Handle incoming SMS starting with ``keyword`` (case-insensitive), e.g. ``"JA"`` or ``"TIMER"``.

    ``handler(inbound_message, user_or_None)`` runs in a task; it returns the reply text to send back
    (or None for no reply). ``inbound_message.body`` is the full text, ``.unit`` the sender's unit.
    ``known_senders_only=True``: a number that belongs to nobody never reaches the handler; it gets the
    generic help reply (at most one a day) and the message goes to the coordinators' inbox, like any text
    without a keyword.
    """
    registry.add_keyword(keyword, handler, known_senders_only=known_senders_only)


def send_group(recipients, template_key_or_body, *, sender, unit, context=None):
    """Send one message to many people of ``unit`` by SMS (and e-mail where they prefer it).

    ``template_key_or_body`` is a registered template key or a free text with placeholders such as
    ``{fornavn}``. Recipients outside the sender's units are refused (PermissionDenied). When the
    unit's monthly SMS cap would be exceeded, nothing is sent and ``SmsCapReached`` is raised with a
    clear message. Returns a GroupResult (queued, skipped, sms_count, email_count).
    """
    from .domain.group import send_group as _send_group

    return _send_group(recipients, template_key_or_body, sender=sender, unit=unit, context=context or {})


def preview_group(recipients, template_key_or_body, *, unit, context=None):
    """Preview a group message without sending: rendered sample, SMS segments, counts and cap left."""
    from .domain.group import preview_group as _preview_group

    return _preview_group(recipients, template_key_or_body, unit=unit, context=context or {})


def sms_segments(text):
    """How many SMS segments ``text`` takes (GSM-7 or UCS-2): returns (segments, encoding)."""
    from .domain.segments import count_segments

    result = count_segments(text)
    return result.segments, result.encoding


def normalise_phone(raw):
    """A Norwegian or international number in E.164 ('412 34 567' → '+4741234567'); '' if not valid."""
    from .domain.phones import normalise_phone as _normalise

    return _normalise(raw)


def display_phone(phone):
    """A number the way people write it: '+4732000000' → '32 00 00 00' (for pages, not for sending)."""
    from .domain.phones import display_phone as _display

    return _display(phone)
