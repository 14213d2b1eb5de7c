"""Active matches without hours for 30 days, in the coordinator's units: the rows the home worklist counts."""

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.auth import permission_denied
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from portal.org.rules import is_staff_member
from portal.org.scoping import staff_units

from ..domain.reminders import silent_matches
from ..enums import WORKLIST_NO_HOURS_DAYS

# A coordinator with more units than this sees the silent matches of the first ones (one query per unit).
SILENT_UNITS_LIMIT = 50


def silent_matches_for(user, day):
    """The silent matches of ``user``'s units, longest silent first."""
    rows = [
        match
        for unit in staff_units(user)[:SILENT_UNITS_LIMIT]
        for match in silent_matches(unit, day, WORKLIST_NO_HOURS_DAYS)
    ]
    return sorted(rows, key=lambda match: (match.quiet_since, match.pk))


class SilentMatchesView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "hours/admin/silent_matches.html"
    page_title = gettext_lazy("Matches without hours")
    header_icon = "link"

    def dispatch(self, request, *args, **kwargs):
        if not is_staff_member(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        today = timezone.localdate()
        matches = silent_matches_for(self.request.user, today)
        for match in matches:
            match.silent_days = (today - match.quiet_since).days
            match.inspect_url = reverse("matches:inspect", args=[match.pk])
        return super().get_context_data(**kwargs, matches=matches, days=WORKLIST_NO_HOURS_DAYS)
