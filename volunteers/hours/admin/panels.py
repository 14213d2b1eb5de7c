"""The coordinator's hours worklist on the Wagtail home: what waits for approval or payout, silent matches,
training due for renewal. Each count is scoped to the user's units and links to the rows it counts."""

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.org.scoping import for_user
from portal.org.worklist import WorklistItem, WorklistPanel
from training import api as training

from ..enums import WORKLIST_NO_HOURS_DAYS, WORKLIST_WAITING_DAYS
from ..models import HourEntry
from .filters import TODO
from .silent import silent_matches_for


class HoursWorklistPanel(WorklistPanel):
    name = "worklist-hours"
    heading = _("Hours")
    order = 30

    def items(self, request):
        user = request.user
        now = timezone.now()
        entries = for_user(HourEntry.objects.all(), user)
        queue = reverse("hour_entries:index")
        silent = len(silent_matches_for(user, timezone.localdate(now)))
        return [
            WorklistItem(
                _("hour entries waiting for approval"),
                entries.filter(TODO["waiting"](now)).count(),
                f"{queue}?todo=waiting",
                done_text=_("nothing waits"),
            ),
            WorklistItem(
                _("of these, waited more than %(days)s days") % {"days": WORKLIST_WAITING_DAYS},
                entries.filter(TODO["waiting_long"](now)).count(),
                f"{queue}?todo=waiting_long",
            ),
            WorklistItem(
                _("approved expenses not paid yet"),
                entries.filter(TODO["payable"](now)).count(),
                f"{queue}?todo=payable",
            ),
            WorklistItem(
                _("active matches without hours for %(days)s days") % {"days": WORKLIST_NO_HOURS_DAYS},
                silent,
                reverse("hours_admin:silent_matches"),
            ),
            WorklistItem(
                _("people with training due for renewal"),
                training.renewals_due(user),
                f"{reverse('training_admin:matrix')}?due_again=on",
            ),
        ]
