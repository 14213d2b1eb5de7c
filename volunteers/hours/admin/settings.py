"""Each unit's hour settings, mileage rates and activity list, edited by its staff (only for their units)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from portal.org.viewsets import UnitScopedViewSet

from ..models import ActivityKind, MileageRate, UnitHourSettings


class UnitSettingsViewSet(UnitScopedViewSet):
    """List, add and edit; nothing is deleted (a rate in force once explains amounts saved with it)."""

    allowed_actions = ("add", "change", "view")

    def get_common_view_kwargs(self, **kwargs):
        missing = {"delete_url_name": None, "usage_url_name": None, "history_url_name": None}
        return super().get_common_view_kwargs(**{**missing, **kwargs})

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("new/", self.add_view, name="add"),
            path("edit/<int:pk>/", self.edit_view, name="edit"),
        ]


class MileageRateViewSet(UnitSettingsViewSet):
    model = MileageRate
    icon = "cogs"
    menu_label = _("Mileage rates")
    add_to_settings_menu = True
    list_display = ["unit", "effective_from", "per_km", "per_passenger_km"]
    list_filter = ["unit"]
    form_fields = ["unit", "effective_from", "per_km", "per_passenger_km"]
    list_select_related = ("unit",)


class UnitHourSettingsViewSet(UnitSettingsViewSet):
    model = UnitHourSettings
    icon = "cogs"
    menu_label = _("Hour settings")
    add_to_settings_menu = True
    list_display = ["unit", "max_entry_age_days", "auto_approve_without_expenses", "goal_target_percent"]
    form_fields = [
        "unit",
        "max_entry_age_days",
        "auto_approve_without_expenses",
        "goal_target_percent",
        "publish_unit_events",
    ]
    list_select_related = ("unit",)


class ActivityKindViewSet(UnitSettingsViewSet):
    model = ActivityKind
    icon = "list-ul"
    menu_label = _("Activity kinds")
    add_to_settings_menu = True
    list_display = ["name", "unit", "category", "is_active", "position"]
    list_filter = ["unit", "category", "is_active"]
    form_fields = ["unit", "name", "category", "is_active", "position"]
    list_select_related = ("unit",)
