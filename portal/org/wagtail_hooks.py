"""Back office for the organisation: people in the coordinator's units, units and Tidgiver roles."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from . import audit
from .domain import ROLE_CHANGED
from .enums import Role
from .export import EXPORTED
from .membership_admin import MembershipEditView
from .models import Membership, Unit, VolunteerRole
from .permissions import SuperuserOnlyPolicy
from .reports import hide_site_history
from .viewsets import UnitScopedViewSet


class MembershipViewSet(UnitScopedViewSet):
    model = Membership
    edit_view_class = MembershipEditView
    icon = "group"
    menu_label = _("People")
    menu_order = 210
    add_to_admin_menu = True
    allowed_actions = ("change", "view", "export")
    form_fields = ["role", "volunteer_role"]
    list_display = ["user", "unit", "role", "volunteer_role", "created_at"]
    list_filter = ["unit", "role", "volunteer_role"]
    list_export = ["user.first_name", "user.last_name", "user.email", "unit", "role", "volunteer_role"]
    export_filename = "personer"
    search_fields = ["user__first_name", "user__last_name", "user__email"]
    list_select_related = ("user", "unit", "volunteer_role")
    inspect_view_enabled = True
    inspect_view_fields = ["user", "unit", "role", "volunteer_role", "created_at"]


class UnitViewSet(ModelViewSet):
    model = Unit
    icon = "site"
    menu_label = _("Units")
    add_to_settings_menu = True
    form_fields = ["name", "slug", "municipality", "contact_email", "contact_phone", "minimum_age", "youth_minimum_age"]
    list_display = ["name", "municipality", "contact_email", "minimum_age", "youth_minimum_age"]
    search_fields = ["name", "municipality"]


class VolunteerRoleViewSet(ModelViewSet):
    model = VolunteerRole
    icon = "tag"
    menu_label = _("Tidgiver roles")
    add_to_settings_menu = True
    form_fields = ["name", "slug", "description", "requires_police_certificate"]
    list_display = ["name", "requires_police_certificate"]


register_permission_policy(Unit, SuperuserOnlyPolicy(Unit), exact_class=True)
register_permission_policy(VolunteerRole, SuperuserOnlyPolicy(VolunteerRole), exact_class=True)


@hooks.register("register_admin_viewset")
def register_org_viewsets():
    return [MembershipViewSet("people"), UnitViewSet("units"), VolunteerRoleViewSet("volunteer_roles")]


hooks.register("construct_reports_menu", hide_site_history)


@hooks.register("register_log_actions")
def register_org_log_actions(actions):
    actions.register_action(ROLE_CHANGED)(
        audit.choice_change_formatter(_("Change role"), _("Role: %(from)s → %(to)s"), Role)
    )
    actions.register_action(EXPORTED)(audit.formatter(_("Export"), _("Exported %(rows)s rows (%(view)s, %(format)s)")))
