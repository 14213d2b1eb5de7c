"""Shared by the matching back office: export columns without free text, and POST-only action views."""

from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext
from django.views.generic import View
from wagtail.admin import messages
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin

from portal.org.viewsets import UnitScopedMixin

from ..domain.errors import MatchingError


class ExportColumnsMixin:
    """EXPORT_COLUMNS = ((key, heading, value(obj)), ...): never personal free text (notes, reasons, wishes).

    Goes in front of a ScopedIndexView, which neutralises every cell (portal.org.export.SafeExportMixin)."""

    EXPORT_COLUMNS = ()

    @property
    def list_export(self):
        return [key for key, _heading, _value in self.EXPORT_COLUMNS]

    @property
    def export_headings(self):
        return {key: heading for key, heading, _value in self.EXPORT_COLUMNS}

    def to_row_dict(self, item):
        values = {key: value for key, _heading, value in self.EXPORT_COLUMNS}
        return {key: values[key](item) for key in self.list_export}


class ActionView(UnitScopedMixin, PermissionCheckedMixin, View):
    """POST only: load the object in the user's units (else 404), validate the form, call the domain, go back."""

    permission_required = "view"
    http_method_names = ["post"]
    form_class = None
    inspect_url_name = None
    success_message = ""
    queryset_related = ()

    def post(self, request, pk):
        obj = get_object_or_404(self.scoped().select_related(*self.queryset_related), pk=pk)
        form = self.form_class(request.POST, **self.form_kwargs(obj)) if self.form_class else None
        if form is not None and not form.is_valid():
            errors = "; ".join(
                f"{form.fields[name].label if name in form.fields else ''}: {' '.join(e)}"
                for name, e in form.errors.items()
            )
            messages.error(request, gettext("Nothing was changed: %(error)s") % {"error": errors})
            return self.back(obj)
        try:
            self.act(obj, form)
        except MatchingError as error:
            messages.error(request, gettext("Nothing was changed: %(error)s") % {"error": error})
        else:
            messages.success(request, str(self.success_message))
        return self.back(obj)

    def form_kwargs(self, obj):
        return {}

    def act(self, obj, form):
        raise NotImplementedError

    def back(self, obj):
        return redirect(reverse(self.inspect_url_name, args=[obj.pk]))
