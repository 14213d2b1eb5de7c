"""Back-office reports: hours by unit × month × measure × life area (chart, CSV, XLSX) and frivillig innsats.

Scoped to the coordinator's units: asking for another unit is a 404.
"""

import datetime
from functools import cached_property

from django import forms
from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.auth import permission_denied
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from portal.org.models import Unit
from portal.org.rules import is_staff_member
from portal.org.scoping import staff_units

from ..domain import funder, reports
from ..domain.funder_reports import latest_saved, save_report
from ..enums import LifeArea, Measure
from ..models import FunderReport
from ..models.funder import TEXT_FIELDS
from . import funder_output
from .chart import hours_chart, legend
from .tables import csv_response, xlsx_response


class ReportFilterForm(forms.Form):
    units = forms.ModelMultipleChoiceField(
        label=gettext_lazy("Units"), queryset=Unit.objects.none(), required=False, widget=forms.CheckboxSelectMultiple
    )
    start = forms.DateField(label=gettext_lazy("From"), widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(label=gettext_lazy("To"), widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, user, data):
        today = timezone.localdate()
        data = data.copy()
        data.setdefault("start", datetime.date(today.year, 1, 1).isoformat())
        data.setdefault("end", datetime.date(today.year, 12, 31).isoformat())
        super().__init__(data)
        self.user = user
        self.fields["units"].queryset = staff_units(user)
        self.wanted_ids = data.getlist("units")

    def unknown_unit(self):
        allowed = {str(pk) for pk in staff_units(self.user).values_list("pk", flat=True)}
        return any(value not in allowed for value in self.wanted_ids)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("start") and cleaned.get("end") and cleaned["start"] > cleaned["end"]:
            raise forms.ValidationError(_("The start date is after the end date."))
        return cleaned

    def chosen(self):
        """(units, period), or None when the form is invalid. No unit ticked means all the user's units."""
        if not self.is_valid():
            return None
        units = self.cleaned_data["units"] or staff_units(self.user)
        return list(units), reports.Period(self.cleaned_data["start"], self.cleaned_data["end"])


class StaffReportMixin:
    def dispatch(self, request, *args, **kwargs):
        if not is_staff_member(request.user):
            return permission_denied(request)
        if self.filter_form.unknown_unit():
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def filter_form(self):
        return ReportFilterForm(self.request.user, self.request.GET)

    def query_string(self, **extra):
        query = self.request.GET.copy()
        query.pop("export", None)
        query.update(extra)
        return query.urlencode()


def _measure(value):
    return str(Measure(value).label) if value else _("Not given")


def _life_area(value):
    return str(LifeArea(value).label) if value else _("Not given")


class HoursReportView(StaffReportMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "hours/admin/reports/hours.html"
    page_title = gettext_lazy("Hours report")
    header_icon = "time"

    def get(self, request, *args, **kwargs):
        chosen = self.filter_form.chosen()
        export = request.GET.get("export")
        if chosen and export in ("csv", "xlsx"):
            return self.export(export, *chosen)
        return super().get(request, *args, chosen=chosen, **kwargs)

    def table(self, units, period):
        headers = [_("Unit"), _("Month"), _("Measure"), _("Life area"), _("Hours"), _("Entries")]
        rows = [
            [
                row["unit__name"],
                date_format(row["month"], "Y-m"),
                _measure(row["measure"]),
                _life_area(row["life_area"]),
                row["hours"],
                row["entries"],
            ]
            for row in reports.hours_by_month(units, period)
        ]
        return headers, rows

    def effort(self, units, period):
        headers = [_("Year"), _("Unit"), _("Volunteer hours"), _("Tidgivere")]
        rows = [
            [row["year"], row["unit__name"], row["hours"], row["tidgivere"]]
            for row in reports.volunteer_effort(units, period)
        ]
        return headers, rows

    def export(self, export, units, period):
        headers, rows = self.table(units, period)
        if export == "csv":
            return csv_response(headers, rows, "timer")
        effort_headers, effort_rows = self.effort(units, period)
        return xlsx_response(
            [(_("Hours"), headers, rows), (_("Volunteer effort"), effort_headers, effort_rows)], "timer"
        )

    def get_context_data(self, chosen, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = self.filter_form
        if chosen is None:
            return context
        headers, rows = self.table(*chosen)
        effort_headers, effort_rows = self.effort(*chosen)
        context.update(
            headers=headers,
            rows=rows,
            effort_headers=effort_headers,
            effort_rows=effort_rows,
            chart=hours_chart(reports.monthly_totals(*chosen), _("Approved hours per month")),
            legend=legend(),
            total_hours=sum(row[4] for row in rows),
            csv_url=f"?{self.query_string(export='csv')}",
            xlsx_url=f"?{self.query_string(export='xlsx')}",
        )
        return context


class FunderTextsForm(forms.Form):
    """The text boxes under each heading (saved with the report's figures)."""

    def __init__(self, *args, initial_report=None, **kwargs):
        super().__init__(*args, **kwargs)
        for name in TEXT_FIELDS:
            model_field = FunderReport._meta.get_field(name)
            self.fields[name] = forms.CharField(
                label=model_field.verbose_name,
                required=False,
                max_length=model_field.max_length,
                widget=forms.Textarea(attrs={"rows": 4}),
                initial=getattr(initial_report, name, ""),
            )


class FunderReportView(StaffReportMixin, WagtailAdminTemplateMixin, TemplateView):
    """The funder report in one step: figures under the funder's headings, text boxes, print, XLSX and PDF."""

    template_name = "hours/admin/reports/funder.html"
    page_title = gettext_lazy("Report to the funder")
    header_icon = "doc-full"

    def get(self, request, *args, **kwargs):
        chosen = self.filter_form.chosen()
        export = request.GET.get("export")
        if chosen and export in ("xlsx", "pdf"):
            units, period = chosen
            saved = latest_saved(request.user, units, period)
            texts = {name: getattr(saved, name, "") for name in TEXT_FIELDS}
            output = funder_output.xlsx if export == "xlsx" else funder_output.pdf
            return output(units, period, funder.figures(units, period), texts)
        return super().get(request, *args, chosen=chosen, **kwargs)

    def post(self, request, *args, **kwargs):
        chosen = self.filter_form.chosen()
        if chosen is None:
            return self.get(request, *args, **kwargs)
        form = FunderTextsForm(request.POST)
        if form.is_valid():
            save_report(request.user, *chosen, form.cleaned_data)
            messages.success(request, _("The report is saved with its figures."))
            return redirect(f"{request.path}?{self.query_string()}")
        return super().get(request, *args, chosen=chosen, texts_form=form, **kwargs)

    def get_context_data(self, chosen, texts_form=None, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = self.filter_form
        if chosen is None:
            return context
        units, period = chosen
        saved = latest_saved(self.request.user, units, period)
        figures = funder.figures(units, period)
        texts_form = texts_form or FunderTextsForm(initial_report=saved)
        context.update(
            report_title=funder_output.title(units, period),
            sections=[
                (key, heading, rows, texts_form[key]) for key, heading, rows, _text in funder_output.sections(figures)
            ],
            saved=saved,
            xlsx_url=f"?{self.query_string(export='xlsx')}",
            pdf_url=f"?{self.query_string(export='pdf')}",
        )
        return context
