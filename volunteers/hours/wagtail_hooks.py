"""Back office for hours: the approval queue with its bulk actions, and each unit's settings and rates."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from portal.org.rules import is_staff_member
from portal.org.worklist import add_panel

from .admin import urls
from .admin.bulk import BULK_ACTIONS
from .admin.meetings import MeetingViewSet
from .admin.panels import HoursWorklistPanel
from .admin.queue import HourEntryViewSet
from .admin.settings import ActivityKindViewSet, MileageRateViewSet, UnitHourSettingsViewSet


@hooks.register("register_admin_viewset")
def register_hours_viewsets():
    return [
        HourEntryViewSet("hour_entries"),
        MeetingViewSet("meetings"),
        MileageRateViewSet("mileage_rates"),
        UnitHourSettingsViewSet("hour_settings"),
        ActivityKindViewSet("activity_kinds"),
    ]


for bulk_action in BULK_ACTIONS:
    hooks.register("register_bulk_action", bulk_action)


class StaffMenuItem(MenuItem):
    def is_shown(self, request):
        return is_staff_member(request.user)


@hooks.register("register_admin_urls")
def register_hours_admin_urls():
    return [path("hour-reports/", include(urls))]


@hooks.register("register_admin_menu_item")
def register_reports_menu_item():
    return StaffMenuItem(_("Hour reports"), reverse("hours_admin:hours_report"), icon_name="table", order=240)


@hooks.register("register_admin_menu_item")
def register_funder_report_menu_item():
    return StaffMenuItem(
        _("Report to the funder"), reverse("hours_admin:funder_report"), icon_name="doc-full", order=241
    )


@hooks.register("construct_homepage_panels")
def add_hours_panel(request, panels):
    add_panel(request, panels, HoursWorklistPanel())
