"""Back office for recruitment and screening: applications, Tidgivere, who signed the declaration, the checklist."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from portal.org import audit

from .admin.applications import ApplicationViewSet
from .admin.bulk import BULK_ACTIONS
from .admin.declarations import SignatureViewSet
from .admin.detail import VIEWED_ACTION
from .admin.profiles import VolunteerViewSet
from .admin.requirements import ChecklistRequirementViewSet
from .domain.profiles import STATUS_CHANGED
from .domain.screening import TRANSITIONED
from .enums import ApplicationState, VolunteerStatus


@hooks.register("register_admin_viewset")
def register_volunteer_viewsets():
    return [
        ApplicationViewSet("applications"),
        VolunteerViewSet("tidgivere"),
        SignatureViewSet("confidentiality_signatures"),
        ChecklistRequirementViewSet("checklist_requirements"),
    ]


for bulk_action in BULK_ACTIONS:
    hooks.register("register_bulk_action", bulk_action)


@hooks.register("register_log_actions")
def register_application_log_actions(actions):
    actions.register_action(VIEWED_ACTION, _("View"), _("Viewed"))
    status = _("Status: %(from)s → %(to)s")
    actions.register_action(TRANSITIONED)(audit.choice_change_formatter(_("Change status"), status, ApplicationState))
    actions.register_action(STATUS_CHANGED)(audit.choice_change_formatter(_("Change status"), status, VolunteerStatus))
