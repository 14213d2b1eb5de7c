"""Back-office views: the training matrix (with CSV/XLSX export) and the reminder to everyone overdue.

Both take the same filters. A unit outside the coordinator's units is a 404; any other invalid filter is
shown as a form error and selects nobody (never everybody).
"""

from functools import cached_property

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import TemplateView
from wagtail.admin.auth import permission_denied
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from portal.org.export import exported
from portal.org.rules import is_staff_member

from ..domain.matrix import build_matrix
from ..domain.reminders import people_to_remind, remind_overdue
from .export import csv_response, xlsx_response
from .forms import MatrixFilterForm

ROWS_PER_PAGE = 100
EXPORTS = {"csv": csv_response, "xlsx": xlsx_response}


class StaffOnlyMixin:
    def dispatch(self, request, *args, **kwargs):
        if not is_staff_member(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def filter_form(self):
        form = MatrixFilterForm(self.request.user, self.request.GET)
        if form.unknown_unit():
            raise Http404
        return form

    def matrix(self, overdue_only=None):
        """The filtered matrix, or None when the filter is invalid."""
        filters = self.filter_form.filters()
        if filters is None:
            return None
        if overdue_only is not None:
            filters["overdue_only"] = overdue_only
        return build_matrix(self.request.user, **filters)

    def query_string(self, **extra):
        query = self.request.GET.copy()
        query.pop("export", None)
        query.pop("p", None)
        query.update(extra)
        return query.urlencode()


class MatrixView(StaffOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "training/admin/matrix.html"
    page_title = gettext_lazy("Training")
    header_icon = "doc-full"

    def get(self, request, *args, **kwargs):
        export = EXPORTS.get(request.GET.get("export", ""))
        matrix = self.matrix()
        if export is not None and matrix is not None:
            exported(request, "training_matrix", request.GET["export"], len(matrix.rows))
            return export(matrix)
        return super().get(request, *args, matrix=matrix, **kwargs)

    def get_context_data(self, matrix, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = self.filter_form
        if matrix is None:
            return context
        page = Paginator(matrix.rows, ROWS_PER_PAGE).get_page(self.request.GET.get("p"))
        context.update(
            modules=matrix.modules,
            page_obj=page,
            overdue_count=len(people_to_remind(matrix)),
            csv_url=f"?{self.query_string(export='csv')}",
            xlsx_url=f"?{self.query_string(export='xlsx')}",
            remind_url=f"{reverse('training_admin:remind')}?{self.query_string()}",
            page_query=self.query_string(),
        )
        return context


class RemindView(StaffOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    """GET shows who would get a reminder; POST queues them (unit and role filters as in the matrix)."""

    template_name = "training/admin/remind.html"
    page_title = gettext_lazy("Remind everyone overdue")
    header_icon = "mail"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        matrix = self.matrix(overdue_only=True)
        context["form"] = self.filter_form
        context["people"] = people_to_remind(matrix) if matrix is not None else []
        context["back_url"] = f"{reverse('training_admin:matrix')}?{self.query_string()}"
        return context

    def post(self, request, *args, **kwargs):
        matrix = self.matrix(overdue_only=True)
        if matrix is None:
            return self.get(request, *args, **kwargs)
        sent, skipped = remind_overdue(request.user, matrix)
        queued = ngettext("Reminder queued for %(count)d person.", "Reminder queued for %(count)d people.", sent)
        messages.success(request, queued % {"count": sent})
        if skipped:
            already = ngettext(
                "%(count)d person already got a reminder in the last day.",
                "%(count)d people already got a reminder in the last day.",
                skipped,
            )
            messages.info(request, already % {"count": skipped})
        return redirect(f"{reverse('training_admin:matrix')}?{self.query_string()}")
