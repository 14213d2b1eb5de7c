"""A coordinator's correction of an approved hour entry: the fields that may change, a required reason.

The view is thin: the form checks the input, ``entries.correct`` changes the entry, recomputes the amounts at
the rate saved at approval and writes the audit entry (shown in the entry's history on its inspect page).
"""

from decimal import Decimal

from django import forms
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from portal.org.scoping import for_user

from .. import rules
from ..domain import entries
from ..domain.errors import HoursError, NotApproved
from ..enums import MAX_KM, MAX_PASSENGERS, NOTE_LIMIT, LifeArea, Measure
from ..forms import hours_text, quarters_from_text
from ..models import HourEntry


def _money(label):
    return forms.DecimalField(label=label, min_value=0, max_digits=9, decimal_places=2, localize=True)


class CorrectionForm(forms.Form):
    date = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
    hours = forms.CharField(label=_("Hours"), max_length=6, help_text=_("In quarter hours, for example 1,5 or 0,75."))
    measure = forms.ChoiceField(label=_("Measure"), choices=[("", _("Not given")), *Measure.choices], required=False)
    life_area = forms.ChoiceField(
        label=_("Life area"), choices=[("", _("Not given")), *LifeArea.choices], required=False
    )
    km = forms.IntegerField(label=_("km driven"), min_value=0, max_value=MAX_KM)
    passengers = forms.IntegerField(label=_("Passengers"), min_value=0, max_value=MAX_PASSENGERS)
    travel_costs = _money(_("Tolls, parking and ferry (kr)"))
    other_expenses = _money(_("Other expenses (kr)"))
    other_expenses_text = forms.CharField(label=_("What the other expenses were"), max_length=200, required=False)
    note = forms.CharField(
        label=_("Note"), max_length=NOTE_LIMIT, required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    reason = forms.CharField(
        label=_("Reason for the correction"),
        max_length=NOTE_LIMIT,
        help_text=_("Kept in the entry's history. The Tidgiver's entry is approved; say why it changes."),
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def clean_date(self):
        day = self.cleaned_data["date"]
        if day > timezone.localdate():
            raise forms.ValidationError(gettext("The date cannot be in the future."))
        return day

    def clean_hours(self):
        return quarters_from_text(self.cleaned_data["hours"])

    def clean_reason(self):
        reason = self.cleaned_data["reason"].strip()
        if not reason:
            raise forms.ValidationError(gettext("Write a reason for correcting an approved entry."))
        return reason

    def changes(self):
        data = self.cleaned_data
        values = {field: data[field] for field in entries.CORRECTABLE_FIELDS if field != "quarters"}
        values["quarters"] = data["hours"]
        values["travel_costs"] = values["travel_costs"] or Decimal(0)
        values["other_expenses"] = values["other_expenses"] or Decimal(0)
        return values


def initial_of(entry):
    initial = {field: getattr(entry, field) for field in entries.CORRECTABLE_FIELDS if field != "quarters"}
    initial["hours"] = hours_text(entry.quarters)
    return initial


class CorrectEntryView(WagtailAdminTemplateMixin, FormView):
    template_name = "hours/admin/entry_correct.html"
    form_class = CorrectionForm
    page_title = _("Correct approved hours")
    header_icon = "edit"

    def dispatch(self, request, *args, **kwargs):
        # A foreign unit's entry (or no staff role) is a 404, as everywhere in the back office.
        queryset = for_user(HourEntry.objects.select_related("volunteer__user", "unit"), request.user)
        self.entry = get_object_or_404(queryset, pk=kwargs["pk"])
        if not rules.may_correct(request.user, self.entry):
            messages.error(request, str(NotApproved()))
            return redirect(self.inspect_url)
        return super().dispatch(request, *args, **kwargs)

    @property
    def inspect_url(self):
        return reverse("hour_entries:inspect", args=[self.entry.pk])

    def get_initial(self):
        return initial_of(self.entry)

    def get_page_subtitle(self):
        return str(self.entry)

    def get_context_data(self, **kwargs):
        return super().get_context_data(entry=self.entry, back_url=self.inspect_url, **kwargs)

    def form_valid(self, form):
        try:
            entries.correct(self.entry, actor=self.request.user, reason=form.cleaned_data["reason"], **form.changes())
        except HoursError as error:
            form.add_error(None, str(error))
            return self.form_invalid(form)
        messages.success(self.request, gettext("The entry is corrected. The reason is kept in its history."))
        return redirect(self.inspect_url)
