"""Choice lists for notifications, and the status transitions as data."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Channel(models.TextChoices):
    SMS = "sms", _("SMS")
    EMAIL = "email", _("E-mail")


class Status(models.TextChoices):
    QUEUED = "queued", _("Queued")
    SENDING = "sending", _("Sending")
    SENT = "sent", _("Sent")
    DELIVERED = "delivered", _("Delivered")
    FAILED = "failed", _("Failed")
    UNDELIVERABLE = "undeliverable", _("Undeliverable")
    SKIPPED = "skipped", _("Skipped")


class ChannelChoice(models.TextChoices):
    """What a person wants for non-urgent messages."""

    BOTH = "both", _("SMS and e-mail")
    SMS = "sms", _("SMS only")
    EMAIL = "email", _("E-mail only")


class InboxState(models.TextChoices):
    NEW = "new", _("New")
    HANDLED = "handled", _("Handled")
    AUTOMATIC = "automatic", _("Answered automatically")


# Twilio status callback → our status, and the statuses a row may be in for the callback to apply.
# A late "sent" never overwrites "delivered"; repeating a callback changes nothing.
CALLBACK_STATUS = {
    "sent": Status.SENT,
    "delivered": Status.DELIVERED,
    "undelivered": Status.UNDELIVERABLE,
    "failed": Status.FAILED,
}
CALLBACK_ALLOWED_FROM = {
    Status.SENT: (Status.SENDING,),
    Status.DELIVERED: (Status.SENDING, Status.SENT),
    Status.UNDELIVERABLE: (Status.SENDING, Status.SENT),
    Status.FAILED: (Status.SENDING, Status.SENT),
}

FINAL_STATUSES = (Status.DELIVERED, Status.FAILED, Status.UNDELIVERABLE, Status.SKIPPED)
# What a secret text (log-in code, reset link) becomes once its row is sent, failed or skipped.
REDACTED_BODY = "[redacted]"


class Language(models.TextChoices):
    """Each language is named in itself, so a person who reads only that one still finds it."""

    NB = "nb", "Norsk (bokmål)"
    EN = "en", "English"
