"""The coordinator's follow-up worklist: follow-ups of open matches that are overdue or due within a week."""

import datetime

from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import View
from wagtail.admin.auth import permission_denied

from portal.org.rules import is_staff_member
from portal.org.scoping import for_user

from ..enums import OPEN_MATCH_STATES
from ..models import FollowUp

DUE_WITHIN_DAYS = 7
URL_NAME = "matching_follow_ups"


def due_follow_ups(user, today=None):
    today = today or timezone.localdate()
    return (
        for_user(FollowUp.objects.all(), user)
        .filter(
            done_on__isnull=True,
            match__state__in=OPEN_MATCH_STATES,
            due_on__lte=today + datetime.timedelta(days=DUE_WITHIN_DAYS),
        )
        .select_related("match__participant", "match__volunteer__user", "unit")
        .order_by("due_on", "pk")
    )


class FollowUpWorklistView(View):
    def dispatch(self, request, *args, **kwargs):
        if not is_staff_member(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get(self, request):
        today = timezone.localdate()
        rows = list(due_follow_ups(request.user, today))
        title = _("Follow-ups")
        context = {
            "page_title": title,
            "header_title": title,
            "header_icon": "date",
            "overdue": [row for row in rows if row.due_on < today],
            "due": [row for row in rows if row.due_on >= today],
            "today": today,
            "days": DUE_WITHIN_DAYS,
        }
        return TemplateResponse(request, "matching/admin/follow_up_worklist.html", context)
