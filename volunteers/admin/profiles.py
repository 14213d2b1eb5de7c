"""The coordinator's list of Tidgivere (approved volunteers) in their units, with filters and export."""

from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import View
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.admin_url_finder import ModelAdminURLFinder
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin

from portal.org.columns import CompactDateColumn, CompactStatusTagColumn, CompactTitleColumn, PlainColumn, choice_label
from portal.org.viewsets import ScopedIndexView, ScopedInspectView, UnitScopedMixin, UnitScopedViewSet
from training.api import status_for as training_status

from ..domain import profiles
from ..domain.errors import ScreeningError
from ..enums import TimeOfDay, VolunteerStatus, Weekday
from ..models import Volunteer
from .display import interest_labels
from .filters import VolunteerFilterSet
from .forms import VolunteerStatusForm

# Other apps add blocks to the Tidgiver's profile page: @hooks.register(PAGE_SECTIONS_HOOK) on a function
# (request, volunteer) -> {"template": ..., **context} or None (volunteers never imports them).
PAGE_SECTIONS_HOOK = "volunteer_page_sections"

# The button for each status a coordinator may move a Tidgiver to.
STATUS_BUTTONS = {
    VolunteerStatus.ACTIVE: _("Make active again"),
    VolunteerStatus.PAUSED: _("Put on pause"),
    VolunteerStatus.ENDED: _("End volunteering"),
}

EXPORT_COLUMNS = (
    ("first_name", _("First name"), lambda v: v.user.first_name),
    ("last_name", _("Last name"), lambda v: v.user.last_name),
    ("email", _("Email"), lambda v: v.user.email),
    ("phone", _("Mobile number"), lambda v: v.user.phone),
    ("unit", _("Unit"), lambda v: v.unit.name),
    ("volunteer_role", _("Tidgiver role"), lambda v: v.volunteer_role.name if v.volunteer_role else ""),
    ("status", _("Status"), lambda v: str(v.get_status_display())),
    ("approved_at", _("Approved"), lambda v: v.approved_at or ""),
    ("interests", _("Interests"), lambda v: interest_labels(v.interests)),
    ("competencies", _("Competencies"), lambda v: v.competencies),
    ("languages", _("Languages"), lambda v: v.languages),
)


class VolunteerIndexView(ScopedIndexView):
    list_export = [key for key, _heading, _value in EXPORT_COLUMNS]
    export_headings = {key: heading for key, heading, _value in EXPORT_COLUMNS}
    _export_values = {key: value for key, _heading, value in EXPORT_COLUMNS}

    def to_row_dict(self, item):
        return {key: self._export_values[key](item) for key in self.list_export}

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        condition = Q()
        for word in self.search_query.split():
            condition &= (
                Q(user__first_name__icontains=word)
                | Q(user__last_name__icontains=word)
                | Q(user__email__icontains=word)
            )
        return queryset.filter(condition)

    @cached_property
    def columns(self):
        return [
            self._get_title_column_class(CompactTitleColumn)(
                "name",
                label=_("Name"),
                accessor="user.get_full_name",
                sort_key="user__last_name",
                get_url=self.get_inspect_url,
            ),
            PlainColumn("unit", label=_("Unit"), accessor="unit.name", sort_key="unit__name"),
            PlainColumn("volunteer_role", label=_("Tidgiver role"), accessor="volunteer_role.name"),
            CompactStatusTagColumn(
                "status", label=_("Status"), accessor=choice_label(Volunteer, "status"), sort_key="status", primary=True
            ),
            PlainColumn(
                "interests", label=_("Interests"), accessor=lambda volunteer: interest_labels(volunteer.interests)
            ),
            CompactDateColumn("approved_at", label=_("Approved"), sort_key="approved_at"),
        ]


class VolunteerInspectView(ScopedInspectView):
    """The profile, its status buttons (pause, end, reactivate) and who changed the status when."""

    template_name = "volunteers/admin/volunteer_inspect.html"
    status_url_name = None

    def get_application_display_value(self):
        application = self.object.application
        if application is None:  # approved before the portal, or the application was deleted by retention
            return "–"
        return format_html('<a href="{}">{}</a>', reverse("applications:edit", args=[application.pk]), application)

    def get_context_data(self, **kwargs):
        volunteer = self.object
        allowed = profiles.allowed_statuses(volunteer)
        buttons = [(status, STATUS_BUTTONS[status]) for status in VolunteerStatus if status in allowed]
        return {
            **super().get_context_data(**kwargs),
            "status_buttons": buttons,
            "status_form": VolunteerStatusForm(),
            "status_url": reverse(self.status_url_name, args=[volunteer.pk]),
            "status_changes": volunteer.status_changes.select_related("actor"),
            "contact": volunteer.user,
            "availability": _availability(volunteer.application),
            "training": training_status(volunteer.user, volunteer.volunteer_role),
            "sections": self.sections(),
        }

    def sections(self):
        """Blocks other apps add to the profile page (matching: availability and the matching profile)."""
        found = (hook(self.request, self.object) for hook in hooks.get_hooks(PAGE_SECTIONS_HOOK))
        return [section for section in found if section]


def _availability(application):
    """Days and times from the application (the matching app keeps the current availability)."""
    if application is None:
        return []
    return [
        *(str(Weekday(day).label) for day in application.available_days or []),
        *(str(TimeOfDay(time).label) for time in application.available_times or []),
    ]


class VolunteerStatusView(UnitScopedMixin, PermissionCheckedMixin, View):
    """POST only: change the status of a Tidgiver in the user's units (another unit's is a 404)."""

    model = Volunteer
    permission_required = "change"
    http_method_names = ["post"]
    inspect_url_name = None

    def post(self, request, pk):
        volunteer = get_object_or_404(self.scoped(), pk=pk)
        form = VolunteerStatusForm(request.POST)
        if not form.is_valid():
            messages.error(request, gettext("Nothing was changed: choose a status."))
        else:
            to_status = VolunteerStatus(form.cleaned_data["to_status"])
            try:
                profiles.change_status(volunteer, to_status, actor=request.user, reason=form.cleaned_data["reason"])
            except ScreeningError as error:
                messages.error(request, gettext("Nothing was changed: %(error)s") % {"error": error})
            else:
                messages.success(request, gettext("Status changed to “%(status)s”.") % {"status": to_status.label})
        return redirect(reverse(self.inspect_url_name, args=[volunteer.pk]))


class VolunteerViewSet(UnitScopedViewSet):
    model = Volunteer
    icon = "group"
    menu_label = _("Tidgivers")
    menu_order = 195
    add_to_admin_menu = True
    allowed_actions = ("view", "export", "change")
    index_view_class = VolunteerIndexView
    inspect_view_class = VolunteerInspectView
    filterset_class = VolunteerFilterSet
    list_select_related = ("user", "unit", "volunteer_role")
    list_per_page = 50
    ordering = ["user__last_name", "user__first_name"]
    export_filename = "tidgivere"
    search_fields = ["user__first_name", "user__last_name", "user__email"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "user",
        "unit",
        "volunteer_role",
        "status",
        "competencies",
        "languages",
        "approved_at",
        "application",
    ]
    copy_view_enabled = False

    def get_common_view_kwargs(self, **kwargs):
        missing = {"add_url_name": None, "edit_url_name": None, "delete_url_name": None, "usage_url_name": None}
        return super().get_common_view_kwargs(**{**missing, "status_url_name": self.get_url_name("status"), **kwargs})

    @property
    def url_finder_class(self):
        return type("VolunteerURLFinder", (ModelAdminURLFinder,), {"edit_url_name": self.get_url_name("inspect")})

    def get_urlpatterns(self):
        # Profiles are made by approving an application, never typed in: no add, edit or delete views. The
        # status (pause, end, reactivate) changes through its own domain function.
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
            path("history/<int:pk>/", self.history_view, name="history"),
            path("history-results/<int:pk>/", self.history_results_view, name="history_results"),
            path("status/<int:pk>/", self.construct_view(VolunteerStatusView), name="status"),
        ]
