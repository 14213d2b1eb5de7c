"""The screening part of the coordinator's worklist on the back-office home page."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from portal.org.scoping import for_user
from portal.org.worklist import WorklistItem, WorklistPanel

from ..models import Application
from .filters import OVERDUE_DAYS, booked_this_week_q, not_contacted_since_q


class ScreeningWorklistPanel(WorklistPanel):
    name = "worklist-screening"
    heading = _("Applications to follow up")
    order = 10

    def items(self, request):
        applications = for_user(Application.objects.all(), request.user)
        listing = reverse("applications:index")
        return [
            WorklistItem(
                _("not contacted within %(days)s days") % {"days": OVERDUE_DAYS},
                applications.filter(not_contacted_since_q(OVERDUE_DAYS)).count(),
                f"{listing}?waiting={OVERDUE_DAYS}",
                done_text=_("everyone has been contacted"),
            ),
            WorklistItem(
                _("conversations booked this week"),
                applications.filter(booked_this_week_q()).count(),
                f"{listing}?booked=this_week",
            ),
        ]
