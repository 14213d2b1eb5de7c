"""The hours section of Min side: log hours, totals, the latest entries, the calendar address."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from volunteers.matching.enums import MatchState
from volunteers.matching.minside import own_matches
from volunteers.minside import own_volunteers

from .domain.calendar import live_token
from .domain.meetings import upcoming_for
from .domain.timer_syntax import format_hours
from .domain.totals import summary_for
from .models import HourEntry

LATEST = 10


def hours_section(request):
    user = request.user
    volunteers = own_volunteers(request)
    volunteer = min(volunteers, key=lambda profile: profile.pk, default=None)
    if volunteer is None:
        return {"template": "includes/empty_section.html", "title": _("Hours"), "empty": _("No hours logged yet.")}
    # By profile id, not through a join on the user: the (volunteer, date) index then gives the ten newest at once
    # instead of sorting all of a long-serving Tidgiver's entries.
    latest = list(
        HourEntry.objects.filter(volunteer__in=[profile.pk for profile in volunteers])
        .select_related("activity_kind", "match__participant")
        .order_by("-date", "-pk")[:LATEST]
    )
    totals, per_match = summary_for(user)
    return {
        "template": "hours/minside/hours_section.html",
        "title": _("Hours"),
        "totals": totals,
        "totals_text": {key: format_hours(int(value * 4)) for key, value in totals.items()},
        "per_match": [{**row, "text": format_hours(int(row["hours"] * 4))} for row in per_match],
        "latest": latest,
        "meetings": list(upcoming_for(user)[:5]),
        "has_match": any(match.state == MatchState.ACTIVE for match in own_matches(request)),
        "feed_url": request.build_absolute_uri(reverse("hours:feed", args=[live_token(volunteer).token])),
    }
