"""The participants' part of the coordinator's worklist on the Wagtail home: who is waiting for a Tidgiver."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from portal.org.scoping import for_user
from portal.org.worklist import WorklistItem, WorklistPanel

from ..enums import ParticipantStatus
from ..models import Participant
from .filters import waiting_longer_than

# The "waiting" filter of the listing (filters.WAITING_CHOICES) that counts as waiting long.
LONG_WAIT_DAYS = 30


class WaitingParticipantsPanel(WorklistPanel):
    name = "worklist-participants"
    heading = _("Participants waiting")
    order = 20

    def items(self, request):
        waiting = for_user(Participant.objects.waiting(), request.user)
        listing = reverse("participants:index")
        return [
            WorklistItem(
                _("participants waiting for a Tidgiver"),
                waiting.count(),
                f"{listing}?status={ParticipantStatus.WAITING}",
                done_text=_("nobody is waiting"),
            ),
            WorklistItem(
                _("waiting more than %(days)s days") % {"days": LONG_WAIT_DAYS},
                waiting_longer_than(waiting, LONG_WAIT_DAYS).count(),
                f"{listing}?waiting={LONG_WAIT_DAYS}",
            ),
        ]
