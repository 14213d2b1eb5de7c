"""A person's messages for "download my data", and forgetting them when the person is deleted.

Rows stay for the statistics (unit, channel, month, SMS segments: the monthly cap counts them); what they said,
where they went and whose they were goes.
"""

from django.db import transaction
from django.utils.text import capfirst

from ..enums import REDACTED_BODY, Status


def messages_of(user):
    """Labelled with the fields' own (translated) names and values as the back office shows them."""
    from ..models import InboundMessage, OutboundMessage

    sent = OutboundMessage.objects.filter(user=user).order_by("created_at", "pk")
    received = InboundMessage.objects.filter(user=user).order_by("received_at", "pk")
    return {
        "sent_to_you": [
            _labelled(
                row,
                created_at=row.created_at.isoformat(),
                channel=row.get_channel_display(),
                address=row.address,
                subject=row.subject,
                # A code or log-in link is never shown again, not even to its owner.
                body=REDACTED_BODY if row.secret else row.body,
                status=row.get_status_display(),
            )
            for row in sent
        ],
        "received_from_you": [
            _labelled(row, received_at=row.received_at.isoformat(), phone=row.phone, body=row.body) for row in received
        ],
    }


def _labelled(row, **values):
    return {capfirst(str(row._meta.get_field(field).verbose_name)): value for field, value in values.items()}


@transaction.atomic
def forget_messages(user):
    from ..models import ContactPreference, InboundMessage, OutboundMessage

    mine = OutboundMessage.objects.filter(user=user)
    mine.filter(status=Status.QUEUED).update(status=Status.SKIPPED)
    mine.update(user=None, recipient_name="", address="", subject="", body=REDACTED_BODY, html_body="")
    InboundMessage.objects.filter(user=user).update(user=None, phone="", body=REDACTED_BODY)
    ContactPreference.objects.filter(user=user).delete()
    # PhoneStatus stays: a STOPP belongs to the number, and must hold whoever types it into a form later.
