"""Back office for matching: proposals, matches (listing, board, page), follow-up worklist, home panel, "Finn
Tidgiver" (ranking, candidate, propose) and cohort suggestions; the matching-profile pages live in profile_hooks."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from portal.org.rules import is_staff_member
from portal.org.worklist import add_panel

from . import profile_hooks  # noqa: F401
from .admin.matches import MatchViewSet
from .admin.panels import MatchingWorklistPanel
from .admin.proposals import ProposalViewSet
from .admin.ranking_urls import cohort_menu_item, ranking_urls, weights_menu_item
from .admin.worklist import URL_NAME, FollowUpWorklistView
from .domain.weights import WEIGHTS_CHANGED


@hooks.register("register_admin_viewset")
def register_matching_viewsets():
    return [ProposalViewSet("proposals"), MatchViewSet("matches")]


@hooks.register("register_admin_urls")
def register_matching_urls():
    return [path("follow-ups/", FollowUpWorklistView.as_view(), name=URL_NAME), *ranking_urls()]


class StaffMenuItem(MenuItem):
    def is_shown(self, request):
        return is_staff_member(request.user)


@hooks.register("register_admin_menu_item")
def register_follow_up_menu_item():
    return StaffMenuItem(_("Follow-ups"), reverse(URL_NAME), icon_name="date", order=199)


@hooks.register("register_admin_menu_item")
def register_match_board_menu_item():
    return StaffMenuItem(_("Match board"), reverse("matches:board"), icon_name="table", order=198)


@hooks.register("register_admin_menu_item")
def register_cohort_menu_item():
    return cohort_menu_item()


@hooks.register("construct_homepage_panels")
def add_matching_panel(request, panels):
    add_panel(request, panels, MatchingWorklistPanel())


@hooks.register("register_admin_menu_item")
def register_weights_menu_item():
    return weights_menu_item()


@hooks.register("register_log_actions")
def register_weights_log_action(actions):
    actions.register_action(WEIGHTS_CHANGED, _("Change ranking weights"), _("Ranking weights changed"))
