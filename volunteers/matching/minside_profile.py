"""Min side: the Tidgiver's availability card (when they can meet, pause, how many matches at once)."""

from django.db.models import OuterRef, StringAgg, Subquery, Value
from django.db.models.functions import Concat
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from volunteers.enums import DayPart, VolunteerStatus, Weekday
from volunteers.minside import own_volunteers
from volunteers.models import Volunteer

from .models import AvailabilitySlot, MatchingProfile


def matchable_volunteers(request):
    """The person's Tidgiver profiles that can be matched (not ended), one per unit."""
    return [volunteer for volunteer in own_volunteers(request) if volunteer.status != VolunteerStatus.ENDED]


def profiles_and_slots(volunteers):
    """({volunteer id: MatchingProfile}, {volunteer id: {(weekday, day part)}}) in one query, not two."""
    codes = (
        AvailabilitySlot.objects.filter(volunteer=OuterRef("pk"))
        .order_by()
        .values("volunteer")
        .annotate(codes=StringAgg(Concat("weekday", Value(":"), "day_part"), Value(",")))
        .values("codes")
    )
    rows = (
        Volunteer.objects.filter(pk__in=[volunteer.pk for volunteer in volunteers])
        .select_related("matching_profile")
        .annotate(slot_codes=Subquery(codes))
    )
    profiles, slots = {}, {}
    for row in rows:
        if (profile := getattr(row, "matching_profile", None)) is not None:
            profiles[row.pk] = profile
        slots[row.pk] = {tuple(code.split(":", 1)) for code in row.slot_codes.split(",")} if row.slot_codes else set()
    return profiles, slots


def week_summary(chosen):
    """ "Tuesday evening, Saturday morning" style rows (weekday label, [part labels]) for {(weekday, part)}."""
    rows = []
    for day in Weekday:
        parts = [str(part.label).lower() for part in DayPart if (day.value, part.value) in chosen]
        if parts:
            rows.append((day.label, parts))
    return rows


def availability_section(request):
    volunteers = matchable_volunteers(request)
    if not volunteers:
        return None
    profiles, slots = profiles_and_slots(volunteers)
    today = timezone.localdate()
    cards = []
    for volunteer in volunteers:
        profile = profiles.get(volunteer.pk) or MatchingProfile(unit_id=volunteer.unit_id, volunteer=volunteer)
        cards.append(
            {
                "volunteer": volunteer,
                "profile": profile,
                "paused": profile.is_paused_on(today),
                "week": week_summary(slots[volunteer.pk]),
                "edit_url": reverse("matching_profile:edit", args=[volunteer.pk]),
            }
        )
    return {
        "template": "matching/minside/availability_section.html",
        "title": _("Availability"),
        "cards": cards,
        "several": len(cards) > 1,
    }
