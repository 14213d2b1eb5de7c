"""Wagtail hooks of matching: the profile pages, "Finn Tidgiver" (ranking, candidate, propose), cohort suggestions."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from . import profile_hooks  # noqa: F401
from .admin.ranking_urls import cohort_menu_item, ranking_urls, weights_menu_item
from .domain.weights import WEIGHTS_CHANGED


@hooks.register("register_admin_urls")
def register_ranking_urls():
    return ranking_urls()


@hooks.register("register_admin_menu_item")
def register_cohort_menu_item():
    return cohort_menu_item()


@hooks.register("register_admin_menu_item")
def register_weights_menu_item():
    return weights_menu_item()


@hooks.register("register_log_actions")
def register_weights_log_action(actions):
    actions.register_action(WEIGHTS_CHANGED, _("Change ranking weights"), _("Ranking weights changed"))
