"""Wagtail hooks of matching: the profile pages, "Finn Tidgiver" (ranking, candidate, propose), cohort suggestions."""

from wagtail import hooks

from . import profile_hooks  # noqa: F401
from .admin.ranking_urls import cohort_menu_item, ranking_urls


@hooks.register("register_admin_urls")
def register_ranking_urls():
    return ranking_urls()


@hooks.register("register_admin_menu_item")
def register_cohort_menu_item():
    return cohort_menu_item()
