"""Min side: the Tidgiver's availability card (when they can meet, pause, how many matches at once)."""

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from volunteers.enums import DayPart, VolunteerStatus, Weekday
from volunteers.minside import own_volunteers

from .models import AvailabilitySlot, MatchingProfile


def matchable_volunteers(request):
    """The person's Tidgiver profiles that can be matched (not ended), one per unit."""
    return [volunteer for volunteer in own_volunteers(request) if volunteer.status != VolunteerStatus.ENDED]


def week_summary(slots):
    """ "Tuesday evening, Saturday morning" style rows: (weekday label, [part labels])."""
    chosen = {(slot.weekday, slot.day_part) for slot in slots}
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
    profiles = {p.volunteer_id: p for p in MatchingProfile.objects.filter(volunteer__in=volunteers)}
    slots = {}
    for slot in AvailabilitySlot.objects.filter(volunteer__in=volunteers):
        slots.setdefault(slot.volunteer_id, []).append(slot)
    today = timezone.localdate()
    cards = []
    for volunteer in volunteers:
        profile = profiles.get(volunteer.pk) or MatchingProfile(unit_id=volunteer.unit_id, volunteer=volunteer)
        cards.append(
            {
                "volunteer": volunteer,
                "profile": profile,
                "paused": profile.is_paused_on(today),
                "week": week_summary(slots.get(volunteer.pk, [])),
                "edit_url": reverse("matching_profile:edit", args=[volunteer.pk]),
            }
        )
    return {
        "template": "matching/minside/availability_section.html",
        "title": _("Availability"),
        "cards": cards,
        "several": len(cards) > 1,
    }
