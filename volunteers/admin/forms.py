"""Input forms for the coordinator's screening actions. Validation of shape only; the rules live in the domain."""

from django import forms
from django.utils.translation import gettext_lazy as _

from portal.org.models import VolunteerRole

from ..enums import ApplicationState, ReferenceOutcome, VolunteerStatus
from ..models.application import TEXT_LIMIT


# The browser's own date pickers: they need no script and suit phones (Wagtail's pickers run in the page editor).
class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%dT%H:%M")


class TransitionForm(forms.Form):
    to_state = forms.ChoiceField(choices=ApplicationState.choices, widget=forms.HiddenInput)
    reason = forms.CharField(
        label=_("Reason (internal, never shown to the applicant)"),
        max_length=TEXT_LIMIT,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class ConversationForm(forms.Form):
    prefix = "conversation"

    booked_for = forms.DateTimeField(label=_("Booked for"), required=False, widget=DateTimeInput)
    held_on = forms.DateField(label=_("Held on"), required=False, widget=DateInput)
    notes = forms.CharField(
        label=_("Notes from the conversation"),
        max_length=TEXT_LIMIT * 2,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def clean(self):
        data = super().clean()
        if not data.get("booked_for") and not data.get("held_on"):
            raise forms.ValidationError(_("Fill in when the conversation is booked for, or when it was held."))
        return data


class ReferenceForm(forms.Form):
    prefix = "reference"

    name = forms.CharField(label=_("Name"), max_length=200)
    relation = forms.CharField(label=_("Relation"), max_length=200)
    contact = forms.CharField(label=_("Phone or email"), max_length=200)
    outcome = forms.ChoiceField(label=_("Outcome"), choices=ReferenceOutcome.choices, initial=ReferenceOutcome.PENDING)
    notes = forms.CharField(
        label=_("Notes"), max_length=TEXT_LIMIT, required=False, widget=forms.Textarea(attrs={"rows": 3})
    )


class ReferenceOutcomeForm(forms.Form):
    outcome = forms.ChoiceField(label=_("Outcome"), choices=ReferenceOutcome.choices)
    notes = forms.CharField(
        label=_("Notes"), max_length=TEXT_LIMIT, required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class PoliceCertificateForm(forms.Form):
    """Only dates: the certificate itself is looked at, never uploaded, copied or described."""

    prefix = "police"

    asked_on = forms.DateField(label=_("Asked for on"), widget=DateInput)
    shown_on = forms.DateField(label=_("Shown on"), required=False, widget=DateInput)
    issue_date = forms.DateField(
        label=_("Issue date on the certificate"),
        required=False,
        widget=DateInput,
        help_text=_("Must be less than three months before the day it was shown."),
    )


class NoteForm(forms.Form):
    prefix = "note"

    text = forms.CharField(label=_("Note"), max_length=TEXT_LIMIT, widget=forms.Textarea(attrs={"rows": 3}))


class GuardianForm(forms.Form):
    """Nothing to fill in: the button is the statement."""


class VolunteerRoleForm(forms.Form):
    """The Tidgiver role an application is screened for (the applicant may have answered "I don't know yet")."""

    prefix = "role"

    volunteer_role = forms.ModelChoiceField(
        label=_("Tidgiver role"),
        queryset=VolunteerRole.objects.all(),
        empty_label=_("Choose a role"),
        help_text=_("The checklist follows the role, e.g. a police certificate only where the role requires one."),
    )


class VolunteerStatusForm(forms.Form):
    """Pause, end or reactivate a Tidgiver: the pressed button gives the status."""

    to_status = forms.ChoiceField(choices=VolunteerStatus.choices)
    reason = forms.CharField(
        label=_("Reason (internal)"), max_length=TEXT_LIMIT, required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
