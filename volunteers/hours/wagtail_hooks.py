"""Back office for hours: the approval queue with its bulk actions, and each unit's settings and rates."""

from wagtail import hooks

from .admin.bulk import BULK_ACTIONS
from .admin.queue import HourEntryViewSet
from .admin.settings import ActivityKindViewSet, MileageRateViewSet, UnitHourSettingsViewSet


@hooks.register("register_admin_viewset")
def register_hours_viewsets():
    return [
        HourEntryViewSet("hour_entries"),
        MileageRateViewSet("mileage_rates"),
        UnitHourSettingsViewSet("hour_settings"),
        ActivityKindViewSet("activity_kinds"),
    ]


for bulk_action in BULK_ACTIONS:
    hooks.register("register_bulk_action", bulk_action)
