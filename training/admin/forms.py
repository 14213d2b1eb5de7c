"""The matrix's filters: unit (only the coordinator's own), Tidgiver role, overdue only, due for renewal only."""

from django import forms
from django.utils.translation import gettext_lazy as _

from portal.org.models import VolunteerRole
from portal.org.scoping import staff_units


class MatrixFilterForm(forms.Form):
    unit = forms.ModelChoiceField(label=_("Unit"), queryset=None, required=False, empty_label=_("All my units"))
    role = forms.ModelChoiceField(
        label=_("Tidgiver role"),
        queryset=VolunteerRole.objects.all(),
        required=False,
        empty_label=_("All roles"),
        error_messages={"invalid_choice": _("This Tidgiver role does not exist (any more). Choose another one.")},
    )
    overdue = forms.BooleanField(label=_("Only people with training not done or due again"), required=False)
    due_again = forms.BooleanField(label=_("Only people with training due for renewal"), required=False)

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = staff_units(user)

    def filters(self):
        """Keyword arguments for build_matrix, or None when the filter is invalid (the form shows why).

        An invalid filter must never widen the selection: a stale role id would otherwise remind everyone.
        """
        if not self.is_valid():
            return None
        return {
            "unit": self.cleaned_data["unit"],
            "volunteer_role": self.cleaned_data["role"],
            "overdue_only": self.cleaned_data["overdue"],
            "due_again_only": self.cleaned_data["due_again"],
        }

    def unknown_unit(self):
        """A unit that does not exist or is not one of the user's: the views answer 404, as for any object."""
        return self.has_error("unit", code="invalid_choice")
