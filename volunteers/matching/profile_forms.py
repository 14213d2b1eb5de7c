"""The matching-profile forms: availability grid, pause, capacity, matchable data. Validation only."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from volunteers.availability import slot_keys
from volunteers.enums import AgeBand, Gender
from volunteers.models import Competency, Interest, Language
from volunteers.week_grid import WeeklySlotsField

from .enums import CAPACITY_MAX, CAPACITY_MIN
from .models import AvailabilitySlot

LIVED_EXPERIENCE_CHOICES = [("", _("I would rather not say")), ("yes", _("Yes")), ("no", _("No"))]
PAUSE_CHOICES = [
    ("available", _("I can take on matches")),
    ("until", _("Away until a date")),
    ("paused", _("Paused until I say otherwise")),
]


def _selected_or_active(model, profile, relation):
    queryset = model.objects.active()
    if profile is not None and profile.pk:
        queryset = model.objects.filter(pk__in=queryset.values("pk")) | model.objects.filter(
            pk__in=getattr(profile, relation).values("pk")
        )
    return queryset.distinct()


class MatchingProfileForm(forms.Form):
    slots = WeeklySlotsField(
        label=_("When can you meet?"),
        help_text=_("Tap the times that usually suit you. You can change this whenever you like."),
    )
    pause = forms.ChoiceField(label=_("Availability"), choices=PAUSE_CHOICES, widget=forms.RadioSelect)
    paused_until = forms.DateField(
        label=_("Away until"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("From this date you can be asked again."),
    )
    capacity = forms.TypedChoiceField(
        label=_("How many participants at once?"),
        choices=[(str(n), str(n)) for n in range(CAPACITY_MIN, CAPACITY_MAX + 1)],
        coerce=int,
        widget=forms.RadioSelect,
    )
    interests = forms.ModelMultipleChoiceField(
        label=_("What would you like to do?"),
        queryset=Interest.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    competencies = forms.ModelMultipleChoiceField(
        label=_("What can you help with?"),
        queryset=Competency.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    languages = forms.ModelMultipleChoiceField(
        label=_("Languages you speak"),
        queryset=Language.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    municipality = forms.CharField(label=_("Municipality"), max_length=100, required=False)
    postal_code = forms.RegexField(
        label=_("Postal code"),
        regex=r"^\d{4}$",
        required=False,
        error_messages={"invalid": _("Write four digits, for example 3015.")},
        widget=forms.TextInput(attrs={"inputmode": "numeric", "size": 4}),
    )
    gender = forms.ChoiceField(
        label=_("Gender (optional)"),
        choices=[("", _("I would rather not say")), *Gender.choices],
        required=False,
        help_text=_("Only used when a participant asks for a Tidgiver of a given gender."),
    )
    age_band = forms.ChoiceField(
        label=_("Age (optional)"),
        choices=[("", _("I would rather not say")), *AgeBand.choices],
        required=False,
    )
    lived_experience = forms.TypedChoiceField(
        label=_("Do you have lived experience of substance use or prison (yourself or close family)?"),
        choices=LIVED_EXPERIENCE_CHOICES,
        coerce=lambda value: value == "yes",
        empty_value=None,
        required=False,
        help_text=_("Optional. Only coordinators see it. It is never a reason not to be matched."),
    )

    def __init__(self, *args, profile=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["interests"].queryset = _selected_or_active(Interest, profile, "interests")
        self.fields["competencies"].queryset = _selected_or_active(Competency, profile, "competencies")
        self.fields["languages"].queryset = _selected_or_active(Language, profile, "languages")
        if profile is not None and not self.is_bound:
            self.initial.update(initial_for(profile))

    def clean(self):
        cleaned = super().clean()
        pause, until = cleaned.get("pause"), cleaned.get("paused_until")
        if pause == "until":
            if until is None:
                self.add_error("paused_until", _("Choose the date you are back."))
            elif until <= timezone.localdate():
                self.add_error("paused_until", _("Choose a return date after today, or no date."))
        return cleaned

    def profile_values(self):
        data = self.cleaned_data
        return {
            name: data[name]
            for name in ("capacity", "municipality", "postal_code", "gender", "age_band", "lived_experience")
        }

    def pause_values(self):
        pause = self.cleaned_data["pause"]
        return {
            "paused": pause != "available",
            "until": self.cleaned_data["paused_until"] if pause == "until" else None,
        }


def initial_for(profile, today=None):
    paused = profile.is_paused_on(today)
    if not paused:
        pause = "available"
    elif profile.paused_until:
        pause = "until"
    else:
        pause = "paused"
    lived = {True: "yes", False: "no", None: ""}[profile.lived_experience]
    return {
        "slots": slot_keys(AvailabilitySlot.objects.filter(volunteer_id=profile.volunteer_id)),
        "pause": pause,
        "paused_until": profile.paused_until if paused else None,
        "capacity": profile.capacity,
        "interests": list(profile.interests.all()) if profile.pk else [],
        "competencies": list(profile.competencies.all()) if profile.pk else [],
        "languages": list(profile.languages.all()) if profile.pk else [],
        "municipality": profile.municipality,
        "postal_code": profile.postal_code,
        "gender": profile.gender,
        "age_band": profile.age_band,
        "lived_experience": lived,
    }
