"""The matching profile as a block on the Tidgiver's profile page in the back office (coordinators only)."""

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from volunteers.enums import DayPart, Weekday

from .models import AvailabilitySlot, MatchingProfile


def matching_profile_section(request, volunteer):
    try:
        profile = volunteer.matching_profile
    except MatchingProfile.DoesNotExist:
        profile = MatchingProfile(unit_id=volunteer.unit_id, volunteer=volunteer)
    chosen = set(AvailabilitySlot.objects.filter(volunteer=volunteer).values_list("weekday", "day_part"))
    week = [(day.label, [(day.value, part.value) in chosen for part in DayPart]) for day in Weekday]
    return {
        "template": "matching/admin/volunteer_profile_section.html",
        "title": _("Availability and matching profile"),
        "profile": profile,
        "saved": profile.pk is not None,
        "paused": profile.is_paused_on(timezone.localdate()),
        "week": week,
        "interests": list(profile.interests.all()) if profile.pk else [],
        "competencies": list(profile.competencies.all()) if profile.pk else [],
        "languages": list(profile.languages.all()) if profile.pk else [],
        "edit_url": reverse("matching_profile_admin_edit", args=[volunteer.pk]),
    }
