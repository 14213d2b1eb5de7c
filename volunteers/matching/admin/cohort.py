"""Whole-cohort suggestions for one unit: a Tidgiver for each waiting participant, chosen all at once.

The coordinator turns a suggestion into a proposal with one button (the same POST as "Finn Tidgiver"); a
suggestion outside the participant's own top three comes with a reason the coordinator can change.
"""

from django.http import Http404
from django.utils.translation import gettext as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from portal.org.rules import is_staff_member
from portal.org.scoping import staff_units

from ..domain import cohort
from ..domain.guards import TOP_PLACES

URL_COHORT = "matching_cohort"


class CohortView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "matching/admin/cohort.html"
    header_icon = "group"

    def get_page_title(self):
        return _("Suggestions for everyone waiting")

    def get_page_subtitle(self):
        return self.unit.name if self.unit else ""

    def dispatch(self, request, *args, **kwargs):
        if not is_staff_member(request.user):
            raise Http404
        self.units = list(staff_units(request.user).order_by("name"))
        self.unit = self.chosen_unit(request.GET.get("unit"))
        return super().dispatch(request, *args, **kwargs)

    def chosen_unit(self, value):
        if not value:
            return self.units[0] if self.units else None
        chosen = next((unit for unit in self.units if str(unit.pk) == value), None)
        if chosen is None:
            raise Http404
        return chosen

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        result = cohort.suggest(self.unit) if self.unit else None
        return {
            **super().get_context_data(**kwargs),
            "units": self.units,
            "unit": self.unit,
            "cohort": result,
            "top_places": TOP_PLACES,
            "cohort_reason": _("Suggested by the whole-cohort assignment (best in total for everyone waiting)."),
        }
