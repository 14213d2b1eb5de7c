"""Back office: the deletion requests of the coordinator's units, and the button that confirms one."""

from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import View
from wagtail.admin import messages
from wagtail.admin.admin_url_finder import ModelAdminURLFinder
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin

from portal.org.viewsets import ScopedIndexView, ScopedInspectView, UnitScopedMixin, UnitScopedViewSet
from portal.security import security_event

from .domain import erasure
from .enums import ErasureState
from .models import ErasureRequest


class ErasureIndexView(ScopedIndexView):
    @cached_property
    def columns(self):
        return [
            self._get_title_column_class(TitleColumn)(
                "display_name", label=_("Name"), accessor="__str__", get_url=self.get_inspect_url
            ),
            Column("unit", label=_("Unit"), accessor="unit.name", sort_key="unit__name"),
            DateColumn("requested_at", label=_("Requested"), sort_key="requested_at"),
            DateColumn("runs_by_itself_on", label=_("Runs by itself on")),
            StatusTagColumn("state", label=_("Status"), accessor="get_state_display", sort_key="state", primary=True),
        ]


class ErasureInspectView(ScopedInspectView):
    template_name = "privacy/admin/erasure_inspect.html"
    confirm_url_name = None

    def get_context_data(self, **kwargs):
        request_row = self.object
        waiting = request_row.state == ErasureState.REQUESTED and request_row.user is not None
        return {
            **super().get_context_data(**kwargs),
            "waiting": waiting,
            "blockers": erasure.blockers(request_row.user) if waiting else [],
            "confirm_url": reverse(self.confirm_url_name, args=[request_row.pk]),
        }


class ErasureConfirmView(UnitScopedMixin, PermissionCheckedMixin, View):
    """POST only: a coordinator of the person's unit deletes them now (another unit's request is a 404)."""

    model = ErasureRequest
    permission_required = "change"
    http_method_names = ["post"]
    inspect_url_name = None

    def post(self, request, pk):
        request_row = get_object_or_404(self.scoped(), pk=pk)
        try:
            erasure.erase(request_row, actor=request.user)
            security_event("erasure_confirmed", request, request_id=request_row.pk)
        except erasure.ErasureRefused as error:
            messages.error(request, gettext("Nothing was deleted: %(error)s") % {"error": error})
        else:
            messages.success(request, gettext("The person is deleted. Their statistics are kept without a name."))
        return redirect(reverse(self.inspect_url_name, args=[request_row.pk]))


class ErasureRequestViewSet(UnitScopedViewSet):
    model = ErasureRequest
    icon = "bin"
    menu_label = _("Deletion requests")
    menu_order = 290
    add_to_admin_menu = True
    allowed_actions = ("view", "change")
    index_view_class = ErasureIndexView
    inspect_view_class = ErasureInspectView
    list_select_related = ("unit",)
    list_filter = ["state"]
    ordering = ["-requested_at"]
    inspect_view_enabled = True
    inspect_view_fields = ["display_name", "unit", "requested_at", "state", "done_at", "confirmed_by"]
    copy_view_enabled = False

    def get_common_view_kwargs(self, **kwargs):
        missing = {"add_url_name": None, "edit_url_name": None, "delete_url_name": None, "usage_url_name": None}
        return super().get_common_view_kwargs(**{**missing, "confirm_url_name": self.get_url_name("confirm"), **kwargs})

    @property
    def url_finder_class(self):
        return type("ErasureURLFinder", (ModelAdminURLFinder,), {"edit_url_name": self.get_url_name("inspect")})

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
            path("confirm/<int:pk>/", self.construct_view(ErasureConfirmView), name="confirm"),
        ]
