"""Forms for the person's own message settings on Min side."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .api import INVALID_PHONE_MESSAGE
from .domain.phones import normalise_phone
from .enums import ChannelChoice, Language


class PreferenceForm(forms.Form):
    channels = forms.ChoiceField(
        label=_("How do you want messages from us?"),
        choices=ChannelChoice.choices,
        widget=forms.RadioSelect,
        help_text=_("Log-in codes and urgent messages can still come by SMS."),
    )
    language = forms.ChoiceField(
        label=_("Which language do you want messages in?"),
        choices=Language.choices,
        widget=forms.RadioSelect,
    )


class ChangePhoneForm(forms.Form):
    phone = forms.CharField(
        label=_("New mobile number"),
        max_length=30,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )

    def clean_phone(self):
        phone = normalise_phone(self.cleaned_data["phone"])
        if not phone:
            raise forms.ValidationError(INVALID_PHONE_MESSAGE)
        return phone


class ConfirmPhoneForm(forms.Form):
    code = forms.CharField(
        label=_("Code from the SMS"),
        max_length=10,
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "one-time-code"}),
    )


class ReauthCodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code from the e-mail"),
        max_length=10,
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "one-time-code"}),
    )
