"""The matrix's filters: unit (only the coordinator's own), Tidgiver role, overdue only."""

from django import forms
from django.utils.translation import gettext_lazy as _

from portal.org.models import VolunteerRole
from portal.org.scoping import staff_units


class MatrixFilterForm(forms.Form):
    unit = forms.ModelChoiceField(label=_("Unit"), queryset=None, required=False, empty_label=_("All my units"))
    role = forms.ModelChoiceField(
        label=_("Tidgiver role"), queryset=VolunteerRole.objects.all(), required=False, empty_label=_("All roles")
    )
    overdue = forms.BooleanField(label=_("Only people with training not done or due again"), required=False)

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = staff_units(user)

    def filters(self):
        """Keyword arguments for build_matrix; invalid input counts as no filter."""
        data = self.cleaned_data if self.is_valid() else {}
        return {
            "unit": data.get("unit"),
            "volunteer_role": data.get("role"),
            "overdue_only": bool(data.get("overdue")),
        }
