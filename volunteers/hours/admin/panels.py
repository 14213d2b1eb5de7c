"""The coordinator's hours panel on the Wagtail home: what waits for approval, payout, silent matches."""

import datetime

from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.components import Component

from portal.org.scoping import for_user, is_staff_member, staff_units

from ..domain.reminders import silent_matches
from ..enums import WAITING_STATES, WORKLIST_NO_HOURS_DAYS, WORKLIST_WAITING_DAYS, EntryState
from ..models import HourEntry


class HoursPanel(Component):
    name = "hours"
    order = 120
    template_name = "hours/admin/home_panel.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context=None):
        user = self.request.user
        now = timezone.now()
        entries = for_user(HourEntry.objects.all(), user)
        waiting = entries.filter(state__in=WAITING_STATES)
        old = now - datetime.timedelta(days=WORKLIST_WAITING_DAYS)
        silent = sum(
            silent_matches(unit, now.date(), WORKLIST_NO_HOURS_DAYS).count() for unit in staff_units(user)[:50]
        )
        return {
            "waiting": waiting.count(),
            "waiting_long": waiting.filter(created_at__lte=old).count(),
            "unpaid": entries.filter(state=EntryState.APPROVED, paid_at=None, reimbursement__gt=0).count(),
            "silent": silent,
            "queue_url": reverse("hour_entries:index"),
        }


def panel_for(request):
    return HoursPanel(request) if is_staff_member(request.user) else None
