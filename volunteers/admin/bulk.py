"""Bulk actions on the application listing: the common transitions, for many applications at once.

An id outside the user's units (or one that does not exist) is a 404 for the whole request. The transitions run
in one transaction: if the domain refuses one, nothing changes.
"""

from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail.admin import messages
from wagtail.admin.views.bulk_action import BulkAction
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin

from portal.org.scoping import for_user

from ..domain import screening
from ..domain.errors import ScreeningError
from ..enums import ApplicationState
from ..models import Application
from .applications import search_words_q
from .filters import ApplicationFilterSet


def scoped_applications(user):
    return for_user(Application.objects.select_related("unit"), user)


class ApplicationTransitionBulkAction(PermissionCheckedMixin, BulkAction):
    """Move every selected application to ``to_state``; those that cannot move from where they are stay."""

    models = [Application]
    permission_required = "change"
    template_name = "volunteers/admin/bulk_confirm.html"
    to_state = None

    def selected(self):
        user = self.request.user
        ids = self.request.GET.getlist("id")
        if "all" in ids:
            return self.all_in_listing(user)
        try:
            wanted = {int(value) for value in ids}
        except ValueError:
            raise Http404 from None
        found = list(scoped_applications(user).filter(pk__in=wanted))
        if not wanted or len(found) != len(wanted):
            raise Http404
        return found

    invalid_filter = False

    def all_in_listing(self, user):
        """ "Select all" in the listing: the same filters and search, still only within the user's units.

        A filter that does not hold (e.g. a unit outside the user's units) selects nobody: dropping it would
        act on far more than the coordinator chose.
        """
        queryset = scoped_applications(user)
        filters = ApplicationFilterSet(data=self.request.GET, queryset=queryset, request=self.request)
        if not filters.is_valid():
            self.invalid_filter = True
            return []
        queryset = filters.qs
        if query := self.request.GET.get("q", "").strip():
            queryset = queryset.filter(search_words_q(query))
        return list(queryset)

    def get_actionable_objects(self):
        movable, staying = [], []
        for application in self.selected():
            (movable if screening.can_transition(application, self.to_state) else staying).append(application)
        return movable, {"items_with_no_access": staying}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        return {**context, "to_state": ApplicationState(self.to_state), "invalid_filter": self.invalid_filter}

    def get_execution_context(self):
        return {"actor": self.request.user, "to_state": self.to_state}

    @classmethod
    def execute_action(cls, objects, actor=None, to_state=None, **kwargs):
        changed = sum(bool(screening.transition(application, to_state, actor=actor)) for application in objects)
        return changed, 0

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except ScreeningError as error:
            messages.error(self.request, _("Nothing was changed: %(error)s") % {"error": error})
            return redirect(self.next_url)

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d application moved to “%(state)s”.",
            "%(count)d applications moved to “%(state)s”.",
            num_parent_objects,
        ) % {"count": num_parent_objects, "state": ApplicationState(self.to_state).label}


class MarkContactedBulkAction(ApplicationTransitionBulkAction):
    display_name = gettext_lazy("Mark as contacted")
    action_type = "mark_contacted"
    aria_label = gettext_lazy("Mark the selected applications as contacted")
    action_priority = 10
    to_state = ApplicationState.CONTACTED


class PutOnHoldBulkAction(ApplicationTransitionBulkAction):
    display_name = gettext_lazy("Put on hold")
    action_type = "put_on_hold"
    aria_label = gettext_lazy("Put the selected applications on hold")
    action_priority = 20
    to_state = ApplicationState.ON_HOLD


BULK_ACTIONS = (MarkContactedBulkAction, PutOnHoldBulkAction)
