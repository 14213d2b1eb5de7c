"""Wagtail hooks for the matching profile and the participant page (imported by wagtail_hooks)."""

from django.urls import path
from wagtail import hooks

from .participant_sections import matching_section
from .profile_sections import matching_profile_section
from .profile_views import CoordinatorProfileView


@hooks.register("register_admin_urls")
def register_matching_profile_urls():
    return [
        path(
            "tidgivere/<int:pk>/matching-profile/",
            CoordinatorProfileView.as_view(),
            name="matching_profile_admin_edit",
        )
    ]


hooks.register("participant_page_sections", matching_section)
hooks.register("volunteer_page_sections", matching_profile_section)
