"""Each unit's hour settings, mileage rates and activity list, edited by its staff (only for their units)."""

from django.utils.translation import gettext_lazy as _

from portal.org.viewsets import UnitScopedViewSet

from ..models import ActivityKind, MileageRate, UnitHourSettings


class MileageRateViewSet(UnitScopedViewSet):
    model = MileageRate
    icon = "cogs"
    menu_label = _("Mileage rates")
    add_to_settings_menu = True
    allowed_actions = ("add", "change", "view")
    list_display = ["unit", "effective_from", "per_km", "per_passenger_km"]
    list_filter = ["unit"]
    form_fields = ["unit", "effective_from", "per_km", "per_passenger_km"]
    list_select_related = ("unit",)


class UnitHourSettingsViewSet(UnitScopedViewSet):
    model = UnitHourSettings
    icon = "cogs"
    menu_label = _("Hour settings")
    add_to_settings_menu = True
    allowed_actions = ("add", "change", "view")
    list_display = ["unit", "max_entry_age_days", "auto_approve_without_expenses", "goal_target_percent"]
    form_fields = [
        "unit",
        "max_entry_age_days",
        "auto_approve_without_expenses",
        "goal_target_percent",
        "publish_unit_events",
    ]
    list_select_related = ("unit",)


class ActivityKindViewSet(UnitScopedViewSet):
    model = ActivityKind
    icon = "list-ul"
    menu_label = _("Activity kinds")
    add_to_settings_menu = True
    allowed_actions = ("add", "change", "view")
    list_display = ["name", "unit", "category", "is_active", "position"]
    list_filter = ["unit", "category", "is_active"]
    form_fields = ["unit", "name", "category", "is_active", "position"]
    list_select_related = ("unit",)
