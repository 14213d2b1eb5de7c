"""Back office for participants: the Deltakere viewset and the home panel of participants waiting."""

from wagtail import hooks

from .admin.panels import WaitingParticipantsPanel
from .admin.viewsets import ParticipantViewSet


@hooks.register("register_admin_viewset")
def register_participant_viewsets():
    return ParticipantViewSet("participants")


@hooks.register("construct_homepage_panels")
def add_waiting_participants_panel(request, panels):
    panels.append(WaitingParticipantsPanel(request))
