"""One application as the coordinator works on it: data, checklist, timeline, screening forms, state buttons.

Thin views: parse the form, call the domain, show the result. A refusal from the domain (say, approving with an
incomplete checklist) is shown next to the form and changes nothing.
"""

from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin

from portal.org import audit
from portal.org.viewsets import UnitScopedMixin

from ..domain import applications, checklist, records, screening, updates
from ..domain.errors import ReasonRequired, ScreeningError
from ..enums import ApplicationState, ChecklistItemKind
from ..models import Application, ApplicationEvent, PoliceCertificateCheck, Reference, ScreeningConversation
from . import forms
from .actions import actions_for
from .display import availability_labels, interest_labels

VIEWED_ACTION = "volunteers.application.viewed"


def log_viewed(application, user):
    """Who looked at whose personal data. The label holds no name, so it can outlive a deleted application."""
    audit.record(application, VIEWED_ACTION, user=user)


class ApplicationDetailView(UnitScopedMixin, PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    model = Application
    template_name = "volunteers/admin/application_detail.html"
    permission_required = "view"
    index_url_name = None
    edit_url_name = None
    history_url_name = None
    header_icon = "form"
    # Forms shown on the page; a POST view replaces one of them with its bound, invalid form.
    form_classes = {
        "conversation_form": forms.ConversationForm,
        "reference_form": forms.ReferenceForm,
        "police_form": forms.PoliceCertificateForm,
        "note_form": forms.NoteForm,
        "reject_form": forms.TransitionForm,
        "role_form": forms.VolunteerRoleForm,
    }

    def get_object(self):
        queryset = (
            self.scoped()
            .select_related("unit", "volunteer_role", "user")
            .prefetch_related(
                Prefetch("conversations", ScreeningConversation.objects.select_related("recorded_by")),
                Prefetch("references", Reference.objects.all()),
                Prefetch("police_checks", PoliceCertificateCheck.objects.select_related("volunteer_role", "shown_to")),
            )
        )
        return get_object_or_404(queryset, pk=self.kwargs["pk"])

    def get(self, request, *args, **kwargs):
        self.application = self.get_object()
        log_viewed(self.application, request.user)
        return self.render_to_response(self.get_context_data())

    def get_page_title(self):
        return self.application.full_name

    def get_page_subtitle(self):
        return self.application.get_state_display()

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(self.index_url_name), "label": _("Applications")},
            {"url": "", "label": self.application.full_name},
        ]

    def initial_forms(self):
        application = self.application
        initial = {
            "reject_form": {"to_state": ApplicationState.REJECTED},
            "role_form": {"volunteer_role": application.volunteer_role_id},
        }
        if conversation := self.open_conversation():
            initial["conversation_form"] = {"booked_for": conversation.booked_for, "notes": conversation.notes}
        if check := self.open_police_check():
            initial["police_form"] = {"asked_on": check.asked_on}
        forms_ = {name: form_class(initial=initial.get(name)) for name, form_class in self.form_classes.items()}
        forms_["reference_outcome_forms"] = {
            reference.pk: forms.ReferenceOutcomeForm(
                initial={"outcome": reference.outcome, "notes": reference.notes}, prefix=f"reference-{reference.pk}"
            )
            for reference in application.references.all()
        }
        return forms_

    def open_conversation(self):
        """A booked conversation not yet held: recording "held" completes it instead of adding another."""
        pending = [c for c in self.application.conversations.all() if c.held_on is None]
        return pending[-1] if pending else None

    def open_police_check(self):
        role_id = self.application.volunteer_role_id
        pending = [c for c in self.application.police_checks.all() if not c.is_shown and c.volunteer_role_id == role_id]
        return pending[-1] if pending else None

    def get_context_data(self, **kwargs):
        application = self.application
        items = checklist.checklist_for(application)
        events = ApplicationEvent.objects.filter(application=application).select_related("actor").order_by("-at", "-pk")
        pending_update = application.pending_updates.pending().first()
        context = {
            **super().get_context_data(**kwargs),
            "pending_update": pending_update,
            "pending_changes": updates.changes(pending_update) if pending_update else [],
            **self.initial_forms(),
            "application": application,
            "checklist": items,
            "missing": [item for item in items if item.required and not item.done],
            "shows_police_certificate": any(item.kind == ChecklistItemKind.POLICE_CERTIFICATE for item in items),
            "actions": actions_for(application),
            "awaits_guardian": screening.awaits_guardian(application),
            "events": events,
            "interests": interest_labels(application.interests),
            "availability": availability_labels(application),
            "history_url": reverse(self.history_url_name, args=[application.pk]),
            "index_url": reverse(self.index_url_name),
        }
        context.update(kwargs)
        outcome_forms = context["reference_outcome_forms"]
        context["reference_rows"] = [
            (reference, outcome_forms[reference.pk]) for reference in application.references.all()
        ]
        return context


class ApplicationActionView(ApplicationDetailView):
    """Base for the POST endpoints: bind ``form_class`` (shown as ``form_name``), call ``perform``, redirect."""

    http_method_names = ["post"]
    permission_required = "change"
    form_class = None
    form_name = None
    success_message = ""

    def get_form(self):
        return self.form_class(self.request.POST)

    def post(self, request, *args, **kwargs):
        self.application = self.get_object()
        form = self.get_form()
        if form.is_valid():
            try:
                self.perform(form.cleaned_data)
            except ReasonRequired as error:
                form.add_error("reason", str(error))
            except ScreeningError as error:
                messages.error(request, _("Nothing was changed: %(error)s") % {"error": error})
                return self.render_to_response(self.get_context_data(**self.failed_context(form)))
            except ValidationError as error:
                add_validation_error(form, error)
            else:
                messages.success(request, self.get_success_message(form.cleaned_data))
                return redirect(reverse(self.edit_url_name, args=[self.application.pk]))
        messages.error(request, _("Nothing was changed. See the message below."))
        return self.render_to_response(self.get_context_data(**self.failed_context(form)))

    def failed_context(self, form):
        return {self.form_name: form} if self.form_name else {}

    def perform(self, data):
        raise NotImplementedError

    def get_success_message(self, data):
        return self.success_message


def add_validation_error(form, error):
    """Put a model ValidationError from the domain on the matching form field, or on the form."""
    if hasattr(error, "error_dict"):
        for field, field_errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, field_errors)
    else:
        form.add_error(None, error)


class TransitionView(ApplicationActionView):
    form_class = forms.TransitionForm

    def failed_context(self, form):
        # A failed rejection keeps the typed reason in the reject form.
        rejecting = self.request.POST.get("to_state") == ApplicationState.REJECTED
        return {"reject_form": form} if rejecting else {}

    def perform(self, data):
        self.changed = screening.transition(
            self.application, data["to_state"], actor=self.request.user, reason=data["reason"]
        )

    def get_success_message(self, data):
        return _("Status changed to “%(state)s”.") % {"state": ApplicationState(data["to_state"]).label}


class ConversationView(ApplicationActionView):
    form_class = forms.ConversationForm
    form_name = "conversation_form"

    def perform(self, data):
        records.record_conversation(
            self.application, actor=self.request.user, conversation=self.open_conversation(), **data
        )

    def get_success_message(self, data):
        return _("The conversation was recorded.") if data["held_on"] else _("The conversation was booked.")


class ReferenceView(ApplicationActionView):
    form_class = forms.ReferenceForm
    form_name = "reference_form"

    def perform(self, data):
        records.add_reference(self.application, actor=self.request.user, **data)

    def get_success_message(self, data):
        return _("Reference %(name)s was added.") % {"name": data["name"]}


class ReferenceOutcomeView(ApplicationActionView):
    form_class = forms.ReferenceOutcomeForm

    def failed_context(self, form):
        outcome_forms = self.initial_forms()["reference_outcome_forms"]
        outcome_forms[self.reference.pk] = form
        return {"reference_outcome_forms": outcome_forms}

    def get_form(self):
        self.reference = get_object_or_404(self.application.references.all(), pk=self.kwargs["reference_pk"])
        return self.form_class(self.request.POST, prefix=f"reference-{self.reference.pk}")

    def perform(self, data):
        records.update_reference(self.reference, actor=self.request.user, outcome=data["outcome"], notes=data["notes"])

    def get_success_message(self, data):
        return _("Reference %(name)s was updated.") % {"name": self.reference.name}


class PoliceCertificateView(ApplicationActionView):
    form_class = forms.PoliceCertificateForm
    form_name = "police_form"

    def perform(self, data):
        records.record_police_certificate(
            self.application, actor=self.request.user, check=self.open_police_check(), **data
        )

    def get_success_message(self, data):
        return _("The police certificate check was recorded.")


class NoteView(ApplicationActionView):
    form_class = forms.NoteForm
    form_name = "note_form"

    def perform(self, data):
        records.add_note(self.application, self.request.user, data["text"])

    def get_success_message(self, data):
        return _("The note was added.")


class GuardianView(ApplicationActionView):
    """A coordinator records that the guardian of a young applicant agreed (say, on the phone)."""

    form_class = forms.GuardianForm

    def perform(self, data):
        if not screening.awaits_guardian(self.application):
            raise ScreeningError(_("This application is not waiting for a guardian."))
        applications.confirm_guardian(self.application, actor=self.request.user)

    def get_success_message(self, data):
        return _("The guardian's consent was recorded. Screening has started.")


class VolunteerRoleView(ApplicationActionView):
    """Set or change the Tidgiver role while the application is open; the checklist follows the role."""

    form_class = forms.VolunteerRoleForm
    form_name = "role_form"

    def perform(self, data):
        screening.set_volunteer_role(self.application, data["volunteer_role"], actor=self.request.user)

    def get_success_message(self, data):
        return _("The Tidgiver role was saved.")


class PendingUpdateView(ApplicationActionView):
    """Apply or discard the answers an applicant sent again (when they do not confirm by the link themselves)."""

    form_class = forms.GuardianForm  # nothing to fill in: the button is the decision
    decide = None

    def get_form(self):
        self.update = get_object_or_404(self.application.pending_updates.all(), pk=self.kwargs["update_pk"])
        return super().get_form()

    def perform(self, data):
        self.decide(self.update, actor=self.request.user)


class ApplyUpdateView(PendingUpdateView):
    decide = staticmethod(updates.apply)

    def get_success_message(self, data):
        return _("The new answers were applied, and the applicant was told by e-mail.")


class DiscardUpdateView(PendingUpdateView):
    decide = staticmethod(updates.discard)

    def get_success_message(self, data):
        return _("The new answers were discarded. The application is as it was.")


ACTION_VIEWS = (
    ("transition/", TransitionView, "transition"),
    ("conversation/", ConversationView, "conversation"),
    ("reference/", ReferenceView, "reference"),
    ("reference/<int:reference_pk>/", ReferenceOutcomeView, "reference_outcome"),
    ("police-certificate/", PoliceCertificateView, "police_certificate"),
    ("note/", NoteView, "note"),
    ("guardian/", GuardianView, "guardian"),
    ("role/", VolunteerRoleView, "role"),
    ("update/<int:update_pk>/apply/", ApplyUpdateView, "apply_update"),
    ("update/<int:update_pk>/discard/", DiscardUpdateView, "discard_update"),
)


def action_urlpatterns(viewset):
    return [
        path(f"<int:pk>/{route}", viewset.construct_view(view_class), name=name)
        for route, view_class, name in ACTION_VIEWS
    ]


def detail_urlpattern(viewset):
    return path("<int:pk>/", viewset.construct_view(ApplicationDetailView), name="edit")
