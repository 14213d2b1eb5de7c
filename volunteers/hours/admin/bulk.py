"""Bulk actions on the approval queue: approve, return with one comment, mark as paid.

An id outside the user's units (or one that does not exist) is a 404 for the whole request. Each action runs in
one transaction through the domain; entries that cannot make the move are listed and stay as they are.
"""

from django import forms
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail.admin import messages
from wagtail.admin.views.bulk_action import BulkAction
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin

from ..domain import entries
from ..domain.errors import HoursError
from ..domain.queue import queue_for
from ..enums import EntryState
from ..models import HourEntry
from .filters import HourEntryFilterSet


class ReturnForm(forms.Form):
    comment = forms.CharField(
        label=gettext_lazy("Comment to the Tidgiver"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("Say what should be changed. The Tidgiver gets it by SMS or e-mail."),
    )


class HourEntryBulkAction(PermissionCheckedMixin, BulkAction):
    models = [HourEntry]
    permission_required = "change"
    template_name = "hours/admin/bulk_confirm.html"

    def selected(self):
        user = self.request.user
        ids = self.request.GET.getlist("id")
        if "all" in ids:
            filters = HourEntryFilterSet(data=self.request.GET, queryset=queue_for(user), request=self.request)
            return list(filters.qs if filters.is_valid() else queue_for(user))
        try:
            wanted = {int(value) for value in ids}
        except ValueError:
            raise Http404 from None
        found = list(queue_for(user).filter(pk__in=wanted))
        if not wanted or len(found) != len(wanted):
            raise Http404
        return found

    def get_actionable_objects(self):
        movable, staying = [], []
        for entry in self.selected():
            (movable if self.can_act(entry) else staying).append(entry)
        return movable, {"items_with_no_access": staying}

    def get_execution_context(self):
        return {"actor": self.request.user}

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except HoursError as error:
            messages.error(self.request, _("Nothing was changed: %(error)s") % {"error": error})
            return redirect(self.next_url)


class ApproveBulkAction(HourEntryBulkAction):
    display_name = gettext_lazy("Approve")
    action_type = "approve_hours"
    aria_label = gettext_lazy("Approve the selected entries")
    action_priority = 10

    def can_act(self, entry):
        return entries.can_transition(entry, EntryState.APPROVED)

    @classmethod
    @transaction.atomic
    def execute_action(cls, objects, actor=None, **kwargs):
        return sum(entries.transition(entry, EntryState.APPROVED, actor=actor) for entry in objects), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext("%(count)d entry approved.", "%(count)d entries approved.", num_parent_objects) % {
            "count": num_parent_objects
        }


class ReturnBulkAction(HourEntryBulkAction):
    display_name = gettext_lazy("Send back")
    action_type = "return_hours"
    aria_label = gettext_lazy("Send the selected entries back with a comment")
    action_priority = 20
    form_class = ReturnForm

    def can_act(self, entry):
        return entries.can_transition(entry, EntryState.RETURNED)

    def get_execution_context(self):
        return {**super().get_execution_context(), "comment": self.cleaned_form.cleaned_data["comment"]}

    @classmethod
    @transaction.atomic
    def execute_action(cls, objects, actor=None, comment="", **kwargs):
        changed = sum(entries.transition(entry, EntryState.RETURNED, actor=actor, comment=comment) for entry in objects)
        return changed, 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext("%(count)d entry sent back.", "%(count)d entries sent back.", num_parent_objects) % {
            "count": num_parent_objects
        }


class MarkPaidBulkAction(HourEntryBulkAction):
    display_name = gettext_lazy("Mark as paid")
    action_type = "mark_hours_paid"
    aria_label = gettext_lazy("Mark the selected entries as paid")
    action_priority = 30

    def can_act(self, entry):
        return entry.state == EntryState.APPROVED and entry.paid_at is None and (entry.reimbursement or 0) > 0

    @classmethod
    def execute_action(cls, objects, actor=None, **kwargs):
        return entries.mark_paid(objects, actor=actor), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext("%(count)d entry marked as paid.", "%(count)d entries marked as paid.", num_parent_objects) % {
            "count": num_parent_objects
        }


BULK_ACTIONS = (ApproveBulkAction, ReturnBulkAction, MarkPaidBulkAction)
