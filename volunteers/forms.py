"""Input validation for the applicant's forms. Errors are shown next to the field, in Norwegian."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.org.models import Unit, VolunteerRole

from .domain.applications import TOO_YOUNG, YOUTH, age_on, age_rule
from .domain.phone import normalise_phone
from .enums import ADULT_AGE, Interest, TimeOfDay, Weekday
from .models.application import SHORT_TEXT_LIMIT, TEXT_LIMIT

LIVED_EXPERIENCE_CHOICES = [
    ("", _("I would rather not say")),
    ("yes", _("Yes")),
    ("no", _("No")),
]


class PhoneField(forms.CharField):
    """A mobile number as people type it; cleaned to E.164 (`+4741234567`)."""

    default_error_messages = {
        "invalid": _("Write a valid mobile number, for example 412 34 567 or +47 412 34 567."),
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 30)
        super().__init__(**kwargs)

    def widget_attrs(self, widget):
        return {**super().widget_attrs(widget), "type": "tel", "inputmode": "tel", "autocomplete": "tel"}

    def to_python(self, value):
        value = super().to_python(value)
        if value in self.empty_values:
            return ""
        try:
            return normalise_phone(value)
        except ValueError:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid") from None


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class ContactFieldsMixin(forms.Form):
    phone = PhoneField(label=_("Mobile number"))
    postal_code = forms.RegexField(
        label=_("Postal code"),
        regex=r"^\d{4}$",
        error_messages={"invalid": _("Write four digits, for example 3015.")},
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "postal-code", "size": 4}),
    )
    postal_place = forms.CharField(
        label=_("Postal place"), max_length=100, widget=forms.TextInput(attrs={"autocomplete": "address-level2"})
    )


class ApplicationForm(ContactFieldsMixin, forms.Form):
    """The application to become a Tidgiver. `unit` is fixed when the form is on a unit's page."""

    first_name = forms.CharField(
        label=_("First name"), max_length=100, widget=forms.TextInput(attrs={"autocomplete": "given-name"})
    )
    last_name = forms.CharField(
        label=_("Last name"), max_length=100, widget=forms.TextInput(attrs={"autocomplete": "family-name"})
    )
    phone = PhoneField(label=_("Mobile number"), help_text=_("We send text messages to this number."))
    email = forms.EmailField(label=_("Email"), max_length=254, widget=forms.EmailInput(attrs={"autocomplete": "email"}))
    date_of_birth = forms.DateField(label=_("Date of birth"), widget=DateInput(attrs={"autocomplete": "bday"}))
    unit = forms.ModelChoiceField(label=_("Where would you like to be a Tidgiver?"), queryset=Unit.objects.all())
    volunteer_role = forms.ModelChoiceField(
        label=_("What kind of Tidgiver would you like to be?"),
        queryset=VolunteerRole.objects.all(),
        required=False,
        empty_label=_("I don't know yet"),
    )
    interests = forms.MultipleChoiceField(
        label=_("What would you like to do?"),
        choices=Interest.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Choose as many as you like."),
    )
    competencies = forms.CharField(
        label=_("What are you good at?"),
        help_text=_("For example cooking, football, paperwork, music or being a good listener."),
        max_length=TEXT_LIMIT,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    languages = forms.CharField(label=_("Which languages do you speak?"), max_length=SHORT_TEXT_LIMIT, required=False)
    lived_experience = forms.ChoiceField(
        label=_("Do you have your own experience with substance use, prison or mental health challenges?"),
        help_text=_(
            "You choose whether you want to answer. Your own experience is valuable to us and never a reason "
            "to say no. It helps us find a good match."
        ),
        choices=LIVED_EXPERIENCE_CHOICES,
        required=False,
        widget=forms.RadioSelect,
    )
    available_days = forms.MultipleChoiceField(
        label=_("Which days suit you?"), choices=Weekday.choices, widget=forms.CheckboxSelectMultiple, required=False
    )
    available_times = forms.MultipleChoiceField(
        label=_("What time suits you?"), choices=TimeOfDay.choices, widget=forms.CheckboxSelectMultiple, required=False
    )
    motivation = forms.CharField(
        label=_("Why would you like to be a Tidgiver?"),
        max_length=TEXT_LIMIT,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    heard_about = forms.CharField(label=_("How did you hear about us?"), max_length=SHORT_TEXT_LIMIT, required=False)
    guardian_name = forms.CharField(label=_("Guardian's name"), max_length=200, required=False)
    guardian_phone = PhoneField(label=_("Guardian's mobile number"), required=False)
    guardian_email = forms.EmailField(label=_("Guardian's email"), max_length=254, required=False)
    consent = forms.BooleanField(
        label=_("I have read the privacy notice and agree that you store my application."),
        error_messages={"required": _("You must agree to the privacy notice so that we can handle your application.")},
    )
    # Honeypot: hidden from people, filled in by bots. A filled-in value means the form is thrown away.
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    GUARDIAN_FIELDS = ("guardian_name", "guardian_phone", "guardian_email")

    def __init__(self, *args, unit=None, privacy_notice_version="", **kwargs):
        super().__init__(*args, **kwargs)
        self.fixed_unit = unit
        self.privacy_notice_version = privacy_notice_version
        if unit is not None:
            del self.fields["unit"]
        self.fields["website"].widget.attrs.update({"tabindex": "-1", "autocomplete": "off"})

    @property
    def is_spam(self):
        return bool(self.data.get("website"))

    def clean_interests(self):
        return list(self.cleaned_data["interests"])

    def clean_lived_experience(self):
        return {"yes": True, "no": False}.get(self.cleaned_data["lived_experience"])

    def clean(self):
        cleaned = super().clean()
        unit = self.fixed_unit or cleaned.get("unit")
        born = cleaned.get("date_of_birth")
        if born is not None and (born.year < 1900 or age_on(born, timezone.localdate()) > 100):  # a typo
            self.add_error("date_of_birth", _("Check the date of birth: it cannot be more than 100 years ago."))
            return cleaned
        if unit is None or born is None:
            return cleaned
        if born > timezone.localdate():
            self.add_error("date_of_birth", _("The date of birth cannot be in the future."))
            return cleaned
        rule = age_rule(unit, born)
        if rule == TOO_YOUNG:
            raise forms.ValidationError(self.too_young_message(unit), code="too_young")
        if rule == YOUTH:
            self._require_guardian(cleaned, unit)
        cleaned["unit"] = unit
        cleaned["privacy_notice_version"] = self.privacy_notice_version
        return cleaned

    @property
    def guardian_age(self):
        """Under this age a guardian confirms."""
        return ADULT_AGE

    @property
    def asks_for_guardian(self):
        """The guardian fields are left out on the page of a unit that takes no young Tidgivere."""
        return self.fixed_unit is None or self.fixed_unit.youth_minimum_age is not None

    def too_young_message(self, unit):
        if unit is None:
            return _(
                "We cannot take this application further, because you are younger than the age limit for "
                "Tidgivers. Call or write to us, and we will find out together. We have not stored anything you typed."
            )
        youngest = unit.youth_minimum_age or unit.minimum_age
        return _(
            "To be a Tidgiver in %(unit)s you must be at least %(age)s years old. That is because a Tidgiver "
            "meets people who need a grown-up by their side. You are welcome to apply when you are %(age)s! "
            "We have not stored anything you typed."
        ) % {"unit": unit, "age": youngest}

    def _require_guardian(self, cleaned, unit):
        if not cleaned.get("guardian_name"):
            message = _("Because you are under %(age)s, write the name of a parent or guardian.")
            self.add_error("guardian_name", message % {"age": ADULT_AGE})
        if not cleaned.get("guardian_phone") and not cleaned.get("guardian_email"):
            self.add_error(
                "guardian_phone", _("Write your guardian's mobile number or email, so that we can ask them.")
            )


class ContactDetailsForm(ContactFieldsMixin, forms.Form):
    """Min side: the applicant updates how we reach them."""


class SignDeclarationForm(forms.Form):
    accept = forms.BooleanField(
        label=_("I have read the confidentiality declaration and will follow it."),
        error_messages={"required": _("Tick the box to show that you have read the declaration.")},
    )
    full_name = forms.CharField(
        label=_("Your full name"),
        max_length=200,
        help_text=_("Writing your name counts as your signature."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )

    def clean_full_name(self):
        name = " ".join(self.cleaned_data["full_name"].split())
        if len(name) < 3 or " " not in name:
            raise forms.ValidationError(_("Write your first name and last name."))
        return name
