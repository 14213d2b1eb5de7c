"""Editing a person's role in the People listing: the form offers what the rules allow, the domain decides."""

from django import forms

from portal.security import security_event

from .domain import RoleChangeRefused, change_role
from .enums import Role
from .rules import grantable_roles, role_change_refusal
from .viewsets import ScopedEditView


class MembershipForm(forms.ModelForm):
    """Shows role and Tidgiver role; saving goes through ``change_role``, never through the form."""

    class Meta:
        fields = ["role", "volunteer_role"]

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.for_user = for_user
        self.saved_role = self.instance.role
        allowed = grantable_roles(for_user, self.instance.unit) | {self.instance.role}
        self.fields["role"].choices = [(value, label) for value, label in Role.choices if value in allowed]
        if role_change_refusal(for_user, self.instance, self.instance.role):
            self.fields["role"].disabled = True
            self.fields["role"].help_text = role_change_refusal(for_user, self.instance, self.instance.role)

    def clean_role(self):
        role = self.cleaned_data["role"]
        if role != self.saved_role:
            refusal = role_change_refusal(self.for_user, self.instance, role)
            if refusal:
                raise forms.ValidationError(refusal)
        return role

    def save(self, commit=True):
        raise NotImplementedError("A membership is saved by portal.org.domain.change_role")


class MembershipEditView(ScopedEditView):
    def get_form_class(self):
        return forms.modelform_factory(self.model, form=MembershipForm, fields=MembershipForm.Meta.fields)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "for_user": self.request.user}

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except RoleChangeRefused as refusal:  # someone changed the roles between showing the form and saving it
            form.add_error("role", str(refusal))
            return self.form_invalid(form)

    def save_instance(self):
        data = self.form.cleaned_data
        membership = self.form.instance
        previous = self.form.saved_role
        changed = change_role(membership, data["role"], actor=self.request.user, volunteer_role=data["volunteer_role"])
        if changed and previous != membership.role:
            security_event("role_changed", self.request, membership_id=membership.pk, old=previous, new=membership.role)
        return membership
