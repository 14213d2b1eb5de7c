"""Back office for recruitment and screening: applications, Tidgivere, who signed the declaration, the checklist."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from portal.org.worklist import add_panel

from .admin.applications import ApplicationViewSet
from .admin.bulk import BULK_ACTIONS
from .admin.declarations import SignatureViewSet
from .admin.detail import VIEWED_ACTION
from .admin.profiles import VolunteerViewSet
from .admin.requirements import ChecklistRequirementViewSet
from .admin.worklist import ScreeningWorklistPanel


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


@hooks.register("construct_homepage_panels")
def add_screening_worklist(request, panels):
    add_panel(request, panels, ScreeningWorklistPanel())
