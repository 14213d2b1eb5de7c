"""Matching's part of the coordinator's worklist on the Wagtail home: proposals unanswered, proposals said yes
to (waiting to be activated), follow-ups due. Participants waiting are the participants app's panel."""

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.org.scoping import for_user
from portal.org.worklist import WorklistItem, WorklistPanel

from ..enums import ProposalState
from ..models import Proposal
from .worklist import URL_NAME, due_follow_ups


class MatchingWorklistPanel(WorklistPanel):
    name = "worklist-matching"
    heading = _("Matching")
    order = 30

    def items(self, request):
        proposals = for_user(Proposal.objects.all(), request.user)
        listing = reverse("proposals:index")
        today = timezone.localdate()
        return [
            WorklistItem(
                _("proposals not answered yet"),
                proposals.filter(state=ProposalState.SENT).count(),
                f"{listing}?state={ProposalState.SENT}",
            ),
            WorklistItem(
                _("said yes, waiting for you to activate"),
                proposals.filter(state=ProposalState.ACCEPTED).count(),
                f"{listing}?state={ProposalState.ACCEPTED}",
            ),
            WorklistItem(
                _("follow-ups due or overdue"),
                due_follow_ups(request.user, today).filter(due_on__lte=today).count(),
                reverse(URL_NAME),
                done_text=_("no follow-up is due"),
            ),
        ]
