"""Admin URLs and the menu item of the ranking pages ("Finn Tidgiver", candidate, propose, cohort suggestions)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem

from portal.org.rules import is_staff_member, is_unit_admin_anywhere

from .cohort import URL_COHORT, CohortView
from .find import URL_CANDIDATE, URL_FIND, URL_PROPOSE, CandidateView, FindTidgiverView, ProposeView
from .weights import URL_WEIGHTS, WeightsView


def ranking_urls():
    return [
        path("matching/find/<int:participant_pk>/", FindTidgiverView.as_view(), name=URL_FIND),
        path(
            "matching/find/<int:participant_pk>/tidgiver/<int:volunteer_pk>/",
            CandidateView.as_view(),
            name=URL_CANDIDATE,
        ),
        path("matching/find/<int:participant_pk>/propose/", ProposeView.as_view(), name=URL_PROPOSE),
        path("matching/cohort/", CohortView.as_view(), name=URL_COHORT),
        path("matching/weights/", WeightsView.as_view(), name=URL_WEIGHTS),
    ]


class StaffMenuItem(MenuItem):
    def is_shown(self, request):
        return is_staff_member(request.user)


def cohort_menu_item():
    return StaffMenuItem(_("Suggestions for everyone waiting"), reverse(URL_COHORT), icon_name="group", order=215)


class UnitAdminMenuItem(MenuItem):
    def is_shown(self, request):
        # From the memberships the request has read already: no query for the menu of every back-office page.
        return request.user.is_active and is_unit_admin_anywhere(request.user)


def weights_menu_item():
    return UnitAdminMenuItem(_("Ranking weights"), reverse(URL_WEIGHTS), icon_name="cog", order=216)
