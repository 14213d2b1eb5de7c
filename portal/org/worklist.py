"""The coordinator's worklist on the Wagtail home page: one panel per app, each a list of counted links.

An app adds its panel from its own wagtail_hooks.py::

    from portal.org.worklist import WorklistItem, WorklistPanel

    class ProposalsPanel(WorklistPanel):
        name = "matching-proposals"
        heading = _("Match proposals")
        order = 120

        def items(self, request):
            waiting = for_user(Proposal.objects.unanswered(), request.user).count()
            return [WorklistItem(_("Proposals not answered"), waiting, reverse(...) + "?answered=no")]

    @hooks.register("construct_homepage_panels")
    def add_proposals_panel(request, panels):
        add_panel(request, panels, ProposalsPanel())

Counts must be scoped (portal.org.scoping.for_user) and be one aggregate query each; the link leads to the
list filtered to exactly the rows counted.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component

from .scoping import is_staff_member

# Wagtail's own panels use 100-300; the worklist comes first.
FIRST_ORDER = 10


@dataclass(frozen=True)
class WorklistItem:
    label: str
    count: int
    url: str
    # Shown when the count is 0, so an empty list still reads as good news rather than as broken.
    done_text: str = ""


class WorklistPanel(Component):
    template_name = "org/worklist_panel.html"
    name = "worklist"
    heading = _("To do")
    order = FIRST_ORDER

    def items(self, request):
        raise NotImplementedError

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        return {"panel": self, "items": self.items(request), "request": request}


def add_panel(request, panels, panel):
    """Add ``panel`` for staff (coordinators, unit admins, superusers); editors without units have no worklist."""
    if is_staff_member(request.user):
        panels.append(panel)
