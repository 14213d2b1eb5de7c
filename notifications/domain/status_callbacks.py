"""Twilio's delivery reports. Each moves a row only forward, so duplicates and late reports do nothing."""

from django.db.models import Q
from django.utils import timezone

from ..enums import CALLBACK_ALLOWED_FROM, CALLBACK_STATUS, Status
from . import phone_status

# Carrier errors meaning the number itself cannot get SMS (unknown number, landline).
NUMBER_ERRORS_IN_CALLBACKS = {"30005", "30006"}


def apply(*, outbound_id, provider_id, twilio_status, error_code=""):
    """Returns the number of rows changed (0 or 1)."""
    from ..models import OutboundMessage

    new_status = CALLBACK_STATUS.get(twilio_status)
    if new_status is None or not provider_id:
        return 0  # "queued", "sending", "accepted": nothing we need to record
    rows = OutboundMessage.objects.filter(row_lookup(outbound_id, provider_id))
    fields = {"status": new_status}
    if new_status == Status.DELIVERED:
        fields["delivered_at"] = timezone.now()
    if error_code:
        fields["error_code"] = error_code[:20]
    changed = rows.filter(status__in=CALLBACK_ALLOWED_FROM[new_status]).update(**fields)
    if changed and error_code in NUMBER_ERRORS_IN_CALLBACKS:
        phone_status.flag_number(rows.values_list("address", flat=True).first(), error_code)
    return changed


def row_lookup(outbound_id, provider_id):
    # The callback URL carries our row id, so a report that beats our own "sent" bookkeeping still finds
    # its row; the provider id must match when we have it, so a forged id alone changes nothing.
    if outbound_id.isdigit():
        return Q(pk=int(outbound_id)) & (Q(provider_id=provider_id) | Q(provider_id=""))
    return Q(provider_id=provider_id)
