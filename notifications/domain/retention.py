"""Messages are kept while they help (questions about delivery, the inbox, the monthly SMS cap), then deleted.

They hold names, numbers and what was said, so nothing is kept for ever. Rows still on their way are kept.
"""

import datetime

from django.conf import settings
from django.utils import timezone

from ..enums import Status
from ..models import InboundMessage, OutboundMessage

DEFAULT_MONTHS = 12
DONE = (Status.SENT, Status.DELIVERED, Status.FAILED, Status.UNDELIVERABLE, Status.SKIPPED)


def cutoff(now=None):
    months = getattr(settings, "MESSAGE_RETENTION_MONTHS", DEFAULT_MONTHS)
    return (now or timezone.now()) - datetime.timedelta(days=round(months * 365.25 / 12))


def purge_old_messages(now=None):
    """Delete finished outgoing and all incoming messages older than the retention period. Returns the counts."""
    before = cutoff(now)
    outgoing, _by_model = OutboundMessage.objects.filter(created_at__lt=before, status__in=DONE).delete()
    incoming, _by_model = InboundMessage.objects.filter(received_at__lt=before).delete()
    return {"outgoing": outgoing, "incoming": incoming}
