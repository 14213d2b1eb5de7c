"""The participant form: input validation only. Saving goes through `domain.records` (never `form.save()`).

The status is not a field: it changes through the domain (matching, or the status buttons on the record).
"""

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from portal.org.enums import STAFF_ROLES
from portal.org.scoping import staff_units
from volunteers.availability import slot_keys
from volunteers.enums import LifeArea
from volunteers.models import Interest, Language
from volunteers.week_grid import WeeklySlotsField

from .domain.records import PROFILE_FIELDS
from .enums import (
    CONSENT_TEXT_VERSION,
    LIFE_SATISFACTION_MAX,
    LIFE_SATISFACTION_MIN,
    LIFE_SATISFACTION_QUESTION,
    MAX_GOALS,
    GoalScoreValue,
)
from .models import Participant
from .models.participant import NO_SENSITIVE_DETAILS

PRIORITY_FIELDS = tuple(f"priority_{rank}" for rank in range(1, len(LifeArea) + 1))
GOAL_FIELDS = tuple(f"goal_{number}" for number in range(1, MAX_GOALS + 1))
GOAL_SCORE_CHOICES = [("", _("Not scored yet")), *[(str(value), label) for value, label in GoalScoreValue.choices]]
LIFE_SATISFACTION_CHOICES = [
    ("", _("Not answered")),
    *[(str(score), str(score)) for score in range(LIFE_SATISFACTION_MIN, LIFE_SATISFACTION_MAX + 1)],
]


def staff_of(units):
    """The people who may be responsible for a participant: coordinators and unit admins of those units."""
    return (
        get_user_model()
        .objects.filter(memberships__unit__in=units, memberships__role__in=STAFF_ROLES, is_active=True)
        .distinct()
        .order_by("first_name", "last_name")
    )


def vocabulary_choices(model, instance, relation):
    """Entries in use, plus any retired entry the record already has (so saving does not drop it)."""
    queryset = model.objects.active()
    if instance.pk:
        queryset = model.objects.filter(pk__in=queryset.values("pk")) | model.objects.filter(
            pk__in=getattr(instance, relation).values("pk")
        )
    return queryset.distinct()


class ParticipantForm(WagtailAdminModelForm):
    """Create and edit a participant. `is_new` adds the unit, the intake scores and life satisfaction."""

    interests = forms.ModelMultipleChoiceField(
        label=_("Interests"), queryset=Interest.objects.none(), required=False, widget=forms.CheckboxSelectMultiple
    )
    languages = forms.ModelMultipleChoiceField(
        label=_("Languages"), queryset=Language.objects.none(), required=False, widget=forms.CheckboxSelectMultiple
    )
    slots = WeeklySlotsField(label=_("Days and times that suit"))

    class Meta:
        model = Participant
        fields = ["unit", *[name for name in PROFILE_FIELDS if name != "consent_recorded_by"]]
        widgets = {
            "start_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "consent_given_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "what_would_help": forms.Textarea(attrs={"rows": 3}),
            "gender_wish": forms.RadioSelect,
            "age_wish": forms.RadioSelect,
        }

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        self.is_new = self.instance.pk is None
        units = staff_units(for_user) if for_user is not None else staff_units(None)
        if self.is_new:
            self.fields["unit"].queryset = units
            if units.count() == 1:
                self.fields["unit"].initial = units.first()
            self.fields["consent_text_version"].initial = CONSENT_TEXT_VERSION
        else:
            del self.fields["unit"]
            units = units.filter(pk=self.instance.unit_id)
        self.fields["responsible"].queryset = staff_of(units)
        self.fields["display_name"].help_text = _(
            "First name or a pseudonym, never the full name. This is what a Tidgiver sees."
        )
        self.fields["what_would_help"].help_text = NO_SENSITIVE_DETAILS
        self.fields["consent_given_on"].required = True
        self.fields["consent_given_on"].help_text = _("The day the participant agreed to be registered.")
        self.fields["consent_text_version"].required = True
        self.fields["interests"].queryset = vocabulary_choices(Interest, self.instance, "interests")
        self.fields["languages"].queryset = vocabulary_choices(Language, self.instance, "languages")
        self._add_priority_fields()
        self._add_goal_fields()
        if not self.is_new:
            self._set_initial_from_instance()

    def _add_priority_fields(self):
        choices = [("", "–"), *LifeArea.choices]
        for rank, name in enumerate(PRIORITY_FIELDS, start=1):
            self.fields[name] = forms.ChoiceField(
                label=_("Life area, priority %(rank)s") % {"rank": rank}, choices=choices, required=False
            )
        self.fields[PRIORITY_FIELDS[0]].help_text = _("What matters most to the participant now comes first.")

    def _add_goal_fields(self):
        for number, name in enumerate(GOAL_FIELDS, start=1):
            self.fields[name] = forms.CharField(
                label=_("Main goal %(number)s") % {"number": number},
                max_length=200,
                required=False,
                help_text=NO_SENSITIVE_DETAILS if number == 1 else "",
            )
            if self.is_new:
                self.fields[f"{name}_score"] = forms.TypedChoiceField(
                    label=_("Goal %(number)s at the intake conversation") % {"number": number},
                    choices=GOAL_SCORE_CHOICES,
                    coerce=int,
                    empty_value=None,
                    required=False,
                )
        if self.is_new:
            self.fields["life_satisfaction"] = forms.TypedChoiceField(
                label=LIFE_SATISFACTION_QUESTION,
                help_text=_("0 is not at all satisfied, 10 is completely satisfied."),
                choices=LIFE_SATISFACTION_CHOICES,
                coerce=int,
                empty_value=None,
                required=False,
                widget=forms.RadioSelect,
            )

    def _set_initial_from_instance(self):
        participant = self.instance
        for area in participant.life_areas.all():
            if 1 <= area.rank <= len(PRIORITY_FIELDS):
                self.initial[PRIORITY_FIELDS[area.rank - 1]] = area.life_area
        for goal in participant.goals.all():
            if 1 <= goal.number <= MAX_GOALS:
                self.initial[GOAL_FIELDS[goal.number - 1]] = goal.text
        self.initial["slots"] = slot_keys(participant.slots.all())

    def clean(self):
        cleaned = super().clean()
        self._clean_priorities(cleaned)
        self._clean_goals(cleaned)
        given_on = cleaned.get("consent_given_on")
        if given_on and given_on > timezone.localdate():
            self.add_error("consent_given_on", _("The consent cannot be given in the future."))
        return cleaned

    def _clean_priorities(self, cleaned):
        chosen = [cleaned.get(name) or "" for name in PRIORITY_FIELDS]
        filled = [area for area in chosen if area]
        if len(set(filled)) != len(filled):
            raise ValidationError(_("Each life area can have only one priority."))
        if "" in chosen[: len(filled)]:
            raise ValidationError(_("Fill in the priorities from the top, without gaps."))
        cleaned["life_areas"] = [LifeArea(area) for area in filled]

    def _clean_goals(self, cleaned):
        texts = [(cleaned.get(name) or "").strip() for name in GOAL_FIELDS]
        count = len([text for text in texts if text])
        if "" in texts[:count]:
            raise ValidationError(_("Fill in the goals in order, starting with main goal 1."))
        if count == 0:
            self.add_error(GOAL_FIELDS[0], _("Write at least one main goal, in the participant's own words."))
        if not self.is_new and count < self.instance.goals.count():
            raise ValidationError(_("A goal cannot be removed, only reworded: its scores count in the report."))
        cleaned["goal_texts"] = texts[:count]
        if self.is_new:
            cleaned["goals"] = [(text, cleaned.get(f"{GOAL_FIELDS[i]}_score")) for i, text in enumerate(texts[:count])]
            for name in GOAL_FIELDS[count:]:
                if cleaned.get(f"{name}_score") is not None:
                    self.add_error(f"{name}_score", _("Write the goal before scoring it."))

    def clean_code(self):
        code = self.cleaned_data["code"].strip()
        unit = self.cleaned_data.get("unit") if self.is_new else self.instance.unit
        taken = Participant.objects.filter(unit=unit, code__iexact=code).exclude(pk=self.instance.pk)
        if code and unit and taken.exists():
            raise ValidationError(_("Another participant in the unit has this code."))
        return code

    def clean_responsible(self):
        responsible = self.cleaned_data.get("responsible")
        unit = self.cleaned_data.get("unit") if self.is_new else self.instance.unit
        if responsible and unit and not staff_of([unit]).filter(pk=responsible.pk).exists():
            raise ValidationError(_("Choose a coordinator in the participant's unit."))
        return responsible

    def fieldsets(self):
        """The form in the order of the intake conversation, as (legend, bound fields)."""
        goal_names = [name for goal in GOAL_FIELDS for name in (goal, f"{goal}_score")] + ["life_satisfaction"]
        groups = (
            (_("The participant"), ["unit", "display_name", "code", "responsible", "start_date", "age_band"]),
            (_("What matters most now"), list(PRIORITY_FIELDS)),
            (_("Main goals"), goal_names),
            (
                _("Interests and practical wishes"),
                ["interests", "languages", "slots", "municipality", "postal_code", "preferred_gender", "gender_wish"]
                + ["preferred_age_band", "age_wish", "wants_lived_experience", "what_would_help"],
            ),
            (_("Consent to be registered"), ["consent_given_on", "consent_text_version"]),
        )
        return [(legend, [self[name] for name in names if name in self.fields]) for legend, names in groups]

    def profile_values(self):
        return {name: self.cleaned_data[name] for name in PROFILE_FIELDS if name in self.cleaned_data}

    def matchable(self):
        data = self.cleaned_data
        return {
            "interests": list(data["interests"]),
            "languages": list(data["languages"]),
            "life_areas": data["life_areas"],
            "slots": data["slots"],
        }


class ScoresForm(forms.Form):
    """Scores given outside a match follow-up: the three-monthly life-satisfaction question and the goals."""

    scored_on = forms.DateField(
        label=_("Date"), initial=timezone.localdate, widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    life_satisfaction = forms.TypedChoiceField(
        label=LIFE_SATISFACTION_QUESTION,
        choices=LIFE_SATISFACTION_CHOICES,
        coerce=int,
        empty_value=None,
        required=False,
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, goals=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.goals = list(goals)
        for goal in self.goals:
            self.fields[f"goal_{goal.pk}"] = forms.TypedChoiceField(
                label=f"{goal.number}. {goal.text}",
                choices=GOAL_SCORE_CHOICES,
                coerce=int,
                empty_value=None,
                required=False,
            )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("scored_on") and cleaned["scored_on"] > timezone.localdate():
            self.add_error("scored_on", _("The date cannot be in the future."))
        scores = {goal: cleaned.get(f"goal_{goal.pk}") for goal in self.goals}
        cleaned["goal_scores"] = {goal: score for goal, score in scores.items() if score is not None}
        if not cleaned["goal_scores"] and cleaned.get("life_satisfaction") is None:
            raise ValidationError(_("Give at least one score."))
        return cleaned
