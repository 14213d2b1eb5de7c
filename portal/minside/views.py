"""Min side: the Tidgiver's own dashboard. It composes sections that each app provides."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from notifications import minside as notifications_sections
from portal.privacy import minside as privacy_sections
from training import minside as training_sections
from volunteers import minside as volunteers_sections
from volunteers.hours import minside as hours_sections
from volunteers.matching import minside as matching_sections
from volunteers.matching import minside_profile as matching_profile_sections

# Each provider takes the request and returns {"template": ..., **context} or None to leave the section out.
SECTION_PROVIDERS = [
    volunteers_sections.application_section,
    matching_profile_sections.availability_section,
    training_sections.training_section,
    matching_sections.matches_section,
    hours_sections.hours_section,
    notifications_sections.preferences_section,
    privacy_sections.privacy_section,
]


@login_required
def dashboard(request):
    sections = [section for provider in SECTION_PROVIDERS if (section := provider(request)) is not None]
    return render(request, "minside/dashboard.html", {"sections": sections})
