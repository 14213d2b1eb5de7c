"""Back-office forms of matching: input validation only (the domain functions decide)."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from volunteers.enums import Measure

from ..enums import ClosureReason, FollowUpRating, FollowUpWith, Rematch

NO_SENSITIVE = _("Never diagnoses, treatment or criminal history.")


class ReasonForm(forms.Form):
    reason = forms.CharField(label=_("Reason (internal)"), required=False, max_length=1000)


class ActivateForm(forms.Form):
    started_on = forms.DateField(
        label=_("Start date"),
        initial=timezone.localdate,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    measure = forms.ChoiceField(label=_("Main measure"), choices=[("", "–"), *Measure.choices], required=False)
    shared_with_tidgiver = forms.CharField(
        label=_("What the Tidgiver may know"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Shown to the Tidgiver on My page.") + " " + NO_SENSITIVE,
    )


class CoordinatorAnswerForm(forms.Form):
    answer = forms.ChoiceField(label=_("The Tidgiver's answer"), choices=[("yes", _("Yes")), ("no", _("No"))])
    reason = forms.CharField(label=_("Reason for no (optional)"), required=False, max_length=500)


class CloseForm(forms.Form):
    reason = forms.ChoiceField(label=_("Why it ended"), choices=ClosureReason.choices)
    rematch = forms.ChoiceField(label=_("Can the Tidgiver be matched again?"), choices=Rematch.choices)
    text = forms.CharField(
        label=_("About the ending"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=NO_SENSITIVE,
    )
    participant_ends = forms.BooleanField(
        label=_("The participant leaves the programme (otherwise they wait for a new Tidgiver)"), required=False
    )
    closed_on = forms.DateField(
        label=_("Closed on"),
        initial=timezone.localdate,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )


class FirstMeetingForm(forms.Form):
    first_meeting_on = forms.DateField(
        label=_("First meeting"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )


class FollowUpForm(forms.Form):
    """A held follow-up; one score field per goal of the participant is added (goal_<id>)."""

    done_on = forms.DateField(
        label=_("Held on"),
        initial=timezone.localdate,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    with_whom = forms.ChoiceField(label=_("With whom"), choices=FollowUpWith.choices)
    rating = forms.TypedChoiceField(
        label=_("How it is going"),
        choices=[("", "–"), *FollowUpRating.choices],
        coerce=int,
        required=False,
        empty_value=None,
    )
    note = forms.CharField(
        label=_("Note"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=NO_SENSITIVE,
    )
    life_satisfaction = forms.TypedChoiceField(
        label=_("Life satisfaction (0–10)"),
        choices=[("", "–"), *[(n, n) for n in range(11)]],
        coerce=int,
        required=False,
        empty_value=None,
    )

    def __init__(self, *args, goals=(), **kwargs):
        super().__init__(*args, **kwargs)
        from volunteers.participants.enums import GoalScoreValue

        self.goals = list(goals)
        for goal in self.goals:
            self.fields[f"goal_{goal.pk}"] = forms.TypedChoiceField(
                label=_("Goal %(number)s: %(text)s") % {"number": goal.number, "text": goal.text},
                choices=[("", "–"), *GoalScoreValue.choices],
                coerce=int,
                required=False,
                empty_value=None,
            )

    def goal_scores(self):
        return {
            goal.pk: self.cleaned_data[f"goal_{goal.pk}"]
            for goal in self.goals
            if self.cleaned_data.get(f"goal_{goal.pk}") is not None
        }
