"""Input validation for logging hours on Min side. The domain checks again; this gives field errors in Norwegian."""

from decimal import Decimal, InvalidOperation

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .domain import entries
from .domain.errors import HoursError
from .domain.receipts import checked_receipt
from .enums import MAX_KM, MAX_PASSENGERS, NOTE_LIMIT, LifeArea, Measure
from .models.entries import NOTE_HINT

HOUR_CHOICES = ("0,5", "1", "1,5", "2", "3")
EXPENSE_FIELDS = ("km", "passengers", "travel_costs", "other_expenses", "other_expenses_text", "receipt")


def quarters_from_text(text):
    """'1,5' → 6 quarter hours; a field error in the person's language for anything else."""
    raw = text.strip().replace(",", ".")
    try:
        hours = Decimal(raw)
    except InvalidOperation:
        raise ValidationError(_("Write the hours as a number, for example 1,5.")) from None
    if not hours.is_finite() or not Decimal("0.25") <= hours <= 12:
        raise ValidationError(_("Between a quarter of an hour (0,25) and 12 hours."))
    if (hours * 4) % 1:
        raise ValidationError(_("Use quarter hours: ,25 ,5 or ,75."))
    return int(hours * 4)


def hours_text(quarters):
    return str(Decimal(quarters) / 4).replace(".", ",")


class HourEntryForm(forms.Form):
    with_whom = forms.ChoiceField(label=_("With whom"), widget=forms.RadioSelect)
    date = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
    hours = forms.CharField(
        label=_("Hours"),
        max_length=6,
        help_text=_("In quarter hours, for example 1,5 or 0,75."),
        widget=forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off", "list": "hour-choices"}),
    )
    measure = forms.ChoiceField(label=_("Measure"), choices=[("", _("Not given")), *Measure.choices], required=False)
    life_area = forms.ChoiceField(
        label=_("Life area"), choices=[("", _("Not given")), *LifeArea.choices], required=False
    )
    km = forms.IntegerField(label=_("km driven"), min_value=0, max_value=MAX_KM, required=False)
    passengers = forms.IntegerField(label=_("Passengers"), min_value=0, max_value=MAX_PASSENGERS, required=False)
    travel_costs = forms.DecimalField(
        label=_("Tolls, parking and ferry (kr)"), min_value=0, max_digits=9, decimal_places=2, required=False
    )
    other_expenses = forms.DecimalField(
        label=_("Other expenses (kr)"), min_value=0, max_digits=9, decimal_places=2, required=False
    )
    other_expenses_text = forms.CharField(label=_("What the other expenses were"), max_length=200, required=False)
    receipt = forms.FileField(
        label=_("Receipt"), required=False, help_text=_("Photo or PDF, at most 10 MB."), widget=forms.ClearableFileInput
    )
    note = forms.CharField(
        label=_("Note"),
        max_length=NOTE_LIMIT,
        required=False,
        help_text=NOTE_HINT,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args, volunteer, targets, **kwargs):
        super().__init__(*args, **kwargs)
        self.volunteer = volunteer
        self.targets = dict(targets)
        self.fields["with_whom"].choices = [(key, label) for key, (label, _obj) in self.targets.items()]
        self.fields["date"].initial = timezone.localdate()
        for field in ("km", "passengers", "travel_costs", "other_expenses"):
            self.fields[field].widget.attrs["inputmode"] = "decimal"
        for field in ("travel_costs", "other_expenses"):
            self.fields[field].localize = True
            self.fields[field].widget.is_localized = True

    def clean_hours(self):
        return quarters_from_text(self.cleaned_data["hours"])

    def clean_date(self):
        day = self.cleaned_data["date"]
        try:
            entries.check_day(self.volunteer.unit, day)
        except HoursError as error:
            raise ValidationError(str(error)) from None
        return day

    def clean_receipt(self):
        upload = self.cleaned_data.get("receipt")
        if upload in (None, False) or not hasattr(upload, "size"):
            return upload
        return checked_receipt(upload)

    def entry_fields(self):
        """What the domain gets: plain values, the chosen match or activity, zeros for empty amounts."""
        data = self.cleaned_data
        _label, target = self.targets[data["with_whom"]]
        fields = {
            "date": data["date"],
            "quarters": data["hours"],
            "measure": data["measure"],
            "life_area": data["life_area"],
            "km": data["km"] or 0,
            "passengers": data["passengers"] or 0,
            "travel_costs": data["travel_costs"] or Decimal(0),
            "other_expenses": data["other_expenses"] or Decimal(0),
            "other_expenses_text": data["other_expenses_text"],
            "note": data["note"],
            **target_fields(target),
        }
        if data.get("receipt"):
            fields["receipt"] = data["receipt"]
        elif data.get("receipt") is False:
            fields["receipt"] = ""
        return fields


def target_fields(target):
    """A match or an activity kind: which field of the entry it fills (the other is emptied)."""
    from .models import ActivityKind

    if isinstance(target, ActivityKind):
        return {"activity_kind": target, "match": None}
    return {"activity_kind": None, "match": target}


class MeetingForm(forms.Form):
    match = forms.ChoiceField(label=_("With whom"), widget=forms.RadioSelect)
    date = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
    start_time = forms.TimeField(label=_("Time"), widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"))
    duration_minutes = forms.TypedChoiceField(
        label=_("Length"),
        coerce=int,
        initial=90,
        choices=[(30, "30 min"), (60, "1 t"), (90, "1,5 t"), (120, "2 t"), (180, "3 t"), (240, "4 t")],
    )
    place = forms.CharField(
        label=_("Place"), max_length=120, required=False, help_text=_("A short place, for example Kafé Fjorden.")
    )

    def __init__(self, *args, matches, **kwargs):
        super().__init__(*args, **kwargs)
        self.matches = {str(match.pk): match for match in matches}
        self.fields["match"].choices = [(key, match.participant.display_name) for key, match in self.matches.items()]
        if len(self.matches) == 1:
            self.fields["match"].initial = next(iter(self.matches))

    def clean_date(self):
        day = self.cleaned_data["date"]
        if day < timezone.localdate():
            raise ValidationError(_("A new meeting cannot be in the past."))
        return day

    def meeting_fields(self):
        data = dict(self.cleaned_data)
        return {"match": self.matches[data.pop("match")], **data}
