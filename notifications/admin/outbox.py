"""The outbox in the back office: what was sent to whom, its status and the provider's error text."""

from django.utils.translation import gettext_lazy as _

from portal.org.viewsets import UnitScopedViewSet

from ..models import OutboundMessage
from .filters import OutboxFilterSet


class OutboxViewSet(UnitScopedViewSet):
    model = OutboundMessage
    icon = "mail"
    menu_label = _("Outbox")
    allowed_actions = ("view", "export")
    form_fields = []  # rows are written by the domain only; no add or edit
    list_display = ["created_at", "recipient_name", "channel", "template_key", "status", "attempts", "error_text"]
    list_export = [
        "created_at",
        "recipient_name",
        "unit",
        "channel",
        "template_key",
        "status",
        "attempts",
        "error_code",
        "error_text",
        "sent_at",
        "delivered_at",
    ]
    export_filename = "utboks"
    filterset_class = OutboxFilterSet
    search_fields = ["recipient_name", "template_key"]
    list_select_related = ("unit",)
    inspect_view_enabled = True
    inspect_view_fields = [
        "created_at",
        "recipient_name",
        "address",
        "unit",
        "sender",
        "channel",
        "template_key",
        "language",
        "urgent",
        "subject",
        "body",
        "segments",
        "status",
        "attempts",
        "error_code",
        "error_text",
        "provider_id",
        "send_after",
        "sent_at",
        "delivered_at",
    ]
