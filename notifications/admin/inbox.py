"""The SMS inbox: messages the portal did not understand, for the sender's coordinators to read and handle."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.org.viewsets import ScopedEditView, UnitScopedViewSet

from ..enums import InboxState
from ..models import InboundMessage
from .filters import InboxFilterSet


class InboxEditView(ScopedEditView):
    def save_instance(self):
        instance = self.form.save(commit=False)
        if instance.state == InboxState.HANDLED and instance.handled_at is None:
            instance.handled_by, instance.handled_at = self.request.user, timezone.now()
        instance.save()
        return instance


class InboxViewSet(UnitScopedViewSet):
    model = InboundMessage
    icon = "comment"
    menu_label = _("SMS inbox")
    allowed_actions = ("change", "view")
    edit_view_class = InboxEditView
    form_fields = ["state"]
    list_display = ["received_at", "user", "unit", "body", "keyword", "state"]
    filterset_class = InboxFilterSet
    search_fields = ["body"]
    list_select_related = ("user", "unit")
    inspect_view_enabled = True
    inspect_view_fields = [
        "received_at",
        "user",
        "phone",
        "unit",
        "body",
        "keyword",
        "state",
        "handled_by",
        "handled_at",
    ]
