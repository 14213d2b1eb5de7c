"""The coordinator's panel on the Wagtail home: participants waiting, proposals unanswered, follow-ups due."""

from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.components import Component

from portal.org.scoping import for_user, is_staff_member
from volunteers.participants.models import Participant

from ..enums import ProposalState
from ..models import Proposal
from .worklist import URL_NAME, due_follow_ups


class MatchingPanel(Component):
    name = "matching"
    order = 110
    template_name = "matching/admin/home_panel.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context=None):
        user = self.request.user
        today = timezone.localdate()
        return {
            "waiting": for_user(Participant.objects.waiting(), user).count(),
            "unanswered": for_user(Proposal.objects.filter(state=ProposalState.SENT), user).count(),
            "accepted": for_user(Proposal.objects.filter(state=ProposalState.ACCEPTED), user).count(),
            "follow_ups_due": due_follow_ups(user, today).filter(due_on__lte=today).count(),
            "proposals_url": reverse("proposals:index"),
            "board_url": reverse("matches:board"),
            "follow_ups_url": reverse(URL_NAME),
        }


def panel_for(request):
    return MatchingPanel(request) if is_staff_member(request.user) else None
