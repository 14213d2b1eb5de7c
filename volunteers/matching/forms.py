"""Input validation for matching's own forms (Min side and the back office)."""

from django import forms
from django.utils.translation import gettext_lazy as _


class AnswerForm(forms.Form):
    answer = forms.ChoiceField(choices=[("yes", _("Yes")), ("no", _("No"))])
    reason = forms.CharField(required=False, max_length=500)

    @property
    def accepted(self):
        return self.cleaned_data["answer"] == "yes"
