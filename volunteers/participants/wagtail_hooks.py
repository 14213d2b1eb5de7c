"""Back office for participants: the Deltakere viewset and the home panel of participants waiting."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.log_actions import LogFormatter

from portal.org.worklist import add_panel

from . import rules
from .admin.panels import WaitingParticipantsPanel
from .admin.viewsets import ParticipantViewSet
from .domain.access import ERASED, VIEWED, page_label


@hooks.register("register_admin_viewset")
def register_participant_viewsets():
    return ParticipantViewSet("participants")


@hooks.register("construct_homepage_panels")
def add_waiting_participants_panel(request, panels):
    if rules.may_work_with_participants(request.user):
        add_panel(request, panels, WaitingParticipantsPanel())


@hooks.register("register_log_actions")
def register_participant_log_actions(actions):
    @actions.register_action(VIEWED)
    class Viewed(LogFormatter):
        label = _("Viewed")

        def format_message(self, log_entry):
            return _("Viewed: %(page)s") % {"page": page_label(log_entry)}

    actions.register_action(ERASED, _("Deleted"), _("Personal data deleted; the anonymous row is kept"))
