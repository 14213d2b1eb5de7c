"""A person's messages for "download my data", and forgetting them when the person is deleted.

Rows stay for the statistics (unit, channel, month, SMS segments: the monthly cap counts them); what they said,
where they went and whose they were goes.
"""

from django.db import transaction

from ..enums import REDACTED_BODY, Status


def messages_of(user):
    from ..models import InboundMessage, OutboundMessage

    sent = OutboundMessage.objects.filter(user=user).order_by("created_at", "pk")
    received = InboundMessage.objects.filter(user=user).order_by("received_at", "pk")
    return {
        "sent_to_you": [
            {
                "created_at": row.created_at.isoformat(),
                "channel": row.channel,
                "address": row.address,
                "subject": row.subject,
                # A code or log-in link is never shown again, not even to its owner.
                "text": REDACTED_BODY if row.secret else row.body,
                "status": row.status,
            }
            for row in sent
        ],
        "received_from_you": [
            {"received_at": row.received_at.isoformat(), "from": row.phone, "text": row.body} for row in received
        ],
    }


@transaction.atomic
def forget_messages(user):
    from ..models import ContactPreference, InboundMessage, OutboundMessage

    mine = OutboundMessage.objects.filter(user=user)
    mine.filter(status=Status.QUEUED).update(status=Status.SKIPPED)
    mine.update(user=None, recipient_name="", address="", subject="", body=REDACTED_BODY, html_body="")
    InboundMessage.objects.filter(user=user).update(user=None, phone="", body=REDACTED_BODY)
    ContactPreference.objects.filter(user=user).delete()
    # PhoneStatus stays: a STOPP belongs to the number, and must hold whoever types it into a form later.
