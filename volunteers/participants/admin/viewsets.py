"""The Deltakere viewset: unit-scoped, erased rows left out, status and erasure through the domain."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.admin_url_finder import ModelAdminURLFinder

from portal.org.viewsets import UnitScopedViewSet

from ..forms import ParticipantForm
from ..models import Participant
from .filters import ParticipantFilterSet
from .views import (
    ParticipantCreateView,
    ParticipantEditView,
    ParticipantEraseView,
    ParticipantHistoryView,
    ParticipantIndexView,
    ParticipantPageView,
    ParticipantScoresView,
    ParticipantStatusView,
)


class ParticipantViewSet(UnitScopedViewSet):
    model = Participant
    icon = "user"
    menu_label = _("Participants")
    menu_order = 190
    add_to_admin_menu = True
    allowed_actions = ("add", "change", "delete", "view", "export")
    index_view_class = ParticipantIndexView
    add_view_class = ParticipantCreateView
    edit_view_class = ParticipantEditView
    delete_view_class = ParticipantEraseView
    inspect_view_class = ParticipantPageView
    history_view_class = ParticipantHistoryView
    filterset_class = ParticipantFilterSet
    list_select_related = ("unit", "responsible")
    list_per_page = 50
    ordering = ["display_name", "pk"]
    export_filename = "deltakere"
    search_fields = ["display_name", "code"]
    inspect_view_enabled = True
    copy_view_enabled = False

    def get_form_class(self, for_update=False):
        return ParticipantForm

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            **{"usage_url_name": None, "inspect_url_name": self.get_url_name("inspect"), **kwargs}
        )

    def get_inspect_view_kwargs(self, **kwargs):
        return super().get_inspect_view_kwargs(
            status_url_name=self.get_url_name("status"), scores_url_name=self.get_url_name("scores"), **kwargs
        )

    @property
    def url_finder_class(self):
        return type("ParticipantURLFinder", (ModelAdminURLFinder,), {"edit_url_name": self.get_url_name("inspect")})

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("new/", self.add_view, name="add"),
            path("<int:pk>/", self.inspect_view, name="inspect"),
            path("<int:pk>/edit/", self.edit_view, name="edit"),
            path("<int:pk>/delete/", self.delete_view, name="delete"),
            path("<int:pk>/history/", self.history_view, name="history"),
            path("<int:pk>/history-results/", self.history_results_view, name="history_results"),
            path("<int:pk>/status/", self.construct_view(ParticipantStatusView), name="status"),
            path("<int:pk>/scores/", self.construct_view(ParticipantScoresView), name="scores"),
        ]
