"""The hours section of Min side: log hours, totals, the latest entries, the calendar address."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from volunteers.models import Volunteer

from .domain.calendar import live_token
from .domain.totals import hours_per_match, totals_for
from .models import HourEntry

LATEST = 10


def hours_section(request):
    user = request.user
    volunteer = Volunteer.objects.filter(user=user).order_by("pk").first()
    if volunteer is None:
        return {"template": "includes/empty_section.html", "title": _("Hours"), "empty": _("No hours logged yet.")}
    latest = list(
        HourEntry.objects.filter(volunteer__user=user)
        .select_related("activity_kind", "match__participant")
        .order_by("-date", "-pk")[:LATEST]
    )
    return {
        "template": "hours/minside/hours_section.html",
        "title": _("Hours"),
        "totals": totals_for(user),
        "per_match": hours_per_match(user),
        "latest": latest,
        "feed_url": request.build_absolute_uri(reverse("hours:feed", args=[live_token(volunteer).token])),
    }
