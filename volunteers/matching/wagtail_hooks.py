"""Back office for matching: "Finn Tidgiver" (ranking, candidate, propose) and the whole-cohort suggestions."""

from wagtail import hooks

from .admin.ranking_urls import cohort_menu_item, ranking_urls


@hooks.register("register_admin_urls")
def register_ranking_urls():
    return ranking_urls()


@hooks.register("register_admin_menu_item")
def register_cohort_menu_item():
    return cohort_menu_item()
