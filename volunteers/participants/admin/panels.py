"""The Wagtail home panel "Participants waiting": who has waited longest for a Tidgiver in the user's units."""

from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.components import Component

from portal.org.scoping import for_user

from .. import rules
from ..models import Participant

SHOWN = 5


class WaitingParticipantsPanel(Component):
    name = "participants_waiting"
    order = 60
    template_name = "participants/admin/waiting_panel.html"

    def __init__(self, request):
        self.request = request

    def render_html(self, parent_context=None):
        if not rules.may_work_with_participants(self.request.user):
            return ""
        return super().render_html(parent_context)

    def get_context_data(self, parent_context=None):
        waiting = for_user(Participant.objects.waiting(), self.request.user).select_related("unit")
        today = timezone.localdate()
        longest = [
            (participant, (today - participant.waiting_since).days if participant.waiting_since else None)
            for participant in waiting.order_by("waiting_since", "pk")[:SHOWN]
        ]
        return {
            "count": waiting.count(),
            "longest": longest,
            "listing_url": reverse("participants:index") + "?status=waiting",
            "inspect_url_name": "participants:inspect",
        }
