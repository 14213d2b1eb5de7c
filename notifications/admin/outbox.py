"""The outbox in the back office: what was sent to whom, its status and what went wrong, in plain words.

The text of a message carrying a log-in code or link is never shown: a coordinator could log in as the
person with it (and the stored text is wiped once the message is done; see domain/outbox.py).
"""

import datetime

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column

from portal.org.viewsets import ScopedInspectView, UnitScopedViewSet

from .. import registry
from ..models import OutboundMessage
from .filters import OutboxFilterSet

HIDDEN_TEXT = _("Hidden: one-time code")


def visible_body(row):
    return HIDDEN_TEXT if row.secret else row.body


def template_description(row):
    """What the message is ("Receipt to the applicant ..."), not its key; the key for ad hoc messages."""
    try:
        return str(registry.template_default(row.template_key).description)
    except LookupError:
        return row.template_key or "–"


def readable(value):
    """No "None"/"False" on the page, and times in Oslo time like the list (not UTC)."""
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if isinstance(value, datetime.datetime):
        return date_format(timezone.localtime(value), "SHORT_DATETIME_FORMAT")
    return value


class OutboxInspectView(ScopedInspectView):
    def get_body_display_value(self):
        return visible_body(self.object)

    def get_html_body_display_value(self):
        return HIDDEN_TEXT if self.object.secret and self.object.html_body else self.object.html_body

    def get_error_text_display_value(self):
        return self.object.error_explanation or "–"

    def get_template_key_display_value(self):
        return template_description(self.object)

    def get_field_display_value(self, field_name, field):
        return readable(super().get_field_display_value(field_name, field))


class OutboxViewSet(UnitScopedViewSet):
    model = OutboundMessage
    icon = "mail"
    menu_label = _("Outbox")
    allowed_actions = ("view", "export")
    form_fields = []  # rows are written by the domain only; no add or edit
    inspect_view_class = OutboxInspectView
    list_display = [
        "created_at",
        "recipient_name",
        "channel",
        Column("template_key", label=_("Message"), accessor=template_description),
        "status",
        "attempts",
        Column("error_explanation", label=_("Error")),
    ]
    list_export = [
        "created_at",
        "recipient_name",
        "unit",
        "channel",
        "template_key",
        "status",
        "attempts",
        "error_code",
        "error_explanation",
        "sent_at",
        "delivered_at",
    ]
    export_headings = {"error_explanation": _("Error")}
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
