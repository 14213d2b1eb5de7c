"""Group message in the back office: pick Tidgivers of one unit, preview recipients and SMS cost, then send.

Selecting people is ``select_recipients``; previewing and sending go through notifications.api only.
"""

from django import forms
from django.contrib import messages
from django.core import signing
from django.db import models
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import View
from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.menu import MenuItem

from notifications.api import SmsCapReached, preview_group, send_group
from portal.org.rules import is_staff_member
from portal.org.scoping import staff_units
from training.api import required_complete_by_user

from .enums import Interest, VolunteerStatus
from .models import Volunteer

URL_NAME = "volunteers_group_message"
TEMPLATE_DIR = "volunteers/group_message"
NAMES_SHOWN = 50
MESSAGE_LIMIT = 1000
PREVIEW_SALT = "volunteers.group_message.previewed"
PREVIEW_VALID_FOR = 60 * 60  # seconds between preview and send


def sign_previewed(recipients):
    """The people the coordinator saw in the preview, signed so the send cannot reach anyone else."""
    return signing.dumps(sorted(user.pk for user in recipients), salt=PREVIEW_SALT)


def previewed_ids(token):
    """The user ids of a preview, or None when there was no (valid, recent) preview."""
    try:
        return set(signing.loads(token or "", salt=PREVIEW_SALT, max_age=PREVIEW_VALID_FOR))
    except signing.BadSignature:
        return None


class TrainingFilter(models.TextChoices):
    ALL = "all", _("Everyone")
    COMPLETE = "complete", _("Training complete")
    MISSING = "missing", _("Training missing")


def select_recipients(unit, *, status=VolunteerStatus.ACTIVE, interests=(), training=TrainingFilter.ALL):
    """The users of ``unit``'s Tidgivers matching the filters, by name. Interests match when any is shared."""
    volunteers = (
        Volunteer.objects.filter(unit=unit, status=status, user__is_active=True, user__memberships__unit=unit)
        .select_related("user", "volunteer_role")
        .order_by("user__first_name", "user__last_name", "pk")
    )
    wanted = set(interests)
    # JSON "contains" is not portable to SQLite; a unit has few enough Tidgivers to filter here.
    chosen = [volunteer for volunteer in volunteers if not wanted or wanted & set(volunteer.interests or ())]
    if training != TrainingFilter.ALL:
        complete = required_complete_by_user((volunteer.user, volunteer.volunteer_role) for volunteer in chosen)
        want_complete = training == TrainingFilter.COMPLETE
        chosen = [volunteer for volunteer in chosen if complete[volunteer.user.pk] == want_complete]
    return [volunteer.user for volunteer in chosen]


class GroupMessageForm(forms.Form):
    unit = forms.ModelChoiceField(label=_("Unit"), queryset=None, empty_label=None)
    status = forms.ChoiceField(label=_("Status"), choices=VolunteerStatus.choices, initial=VolunteerStatus.ACTIVE)
    interests = forms.MultipleChoiceField(
        label=_("Interests"),
        choices=Interest.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Leave empty for everyone. With several ticked, people with any of them get the message."),
    )
    training = forms.ChoiceField(label=_("Training"), choices=TrainingFilter.choices, initial=TrainingFilter.ALL)
    message = forms.CharField(
        label=_("Message"),
        max_length=MESSAGE_LIMIT,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("{fornavn} becomes the person's first name and {enhet} the unit's name."),
    )

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = staff_units(user).order_by("name")

    def recipients(self):
        data = self.cleaned_data
        return select_recipients(
            data["unit"], status=data["status"], interests=data["interests"], training=data["training"]
        )


class GroupMessageView(View):
    """POST ``action=preview`` shows who gets what and the SMS cost; ``action=send`` sends; else the form."""

    def dispatch(self, request, *args, **kwargs):
        if not is_staff_member(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get(self, request):
        return self.render_form(GroupMessageForm(request.user))

    def post(self, request):
        form = GroupMessageForm(request.user, request.POST)
        if not form.is_valid():
            return self.render_form(form)
        action = request.POST.get("action")
        if action == "send":
            return self.send(form)
        if action == "preview":
            return self.preview(form)
        return self.render_form(form)

    def preview(self, form):
        recipients = form.recipients()
        data = form.cleaned_data
        context = {
            "form": form,
            "preview": preview_group(recipients, data["message"], unit=data["unit"]),
            "names": [user.first_name or user.email for user in recipients[:NAMES_SHOWN]],
            "more": max(len(recipients) - NAMES_SHOWN, 0),
            "previewed": sign_previewed(recipients),
        }
        return self.render("preview.html", context)

    def send(self, form):
        data = form.cleaned_data
        previewed = previewed_ids(self.request.POST.get("previewed"))
        if previewed is None:
            messages.warning(self.request, _("Look over the recipients before you send."))
            return self.preview(form)
        # Only people who were in the preview and still match: nobody added or changed in between.
        recipients = [user for user in form.recipients() if user.pk in previewed]
        try:
            result = send_group(recipients, data["message"], sender=self.request.user, unit=data["unit"])
        except SmsCapReached as error:
            messages.error(self.request, str(error))
            return self.render_form(form)
        messages.success(self.request, result_message(result))
        return redirect(URL_NAME)

    def render_form(self, form):
        return self.render("form.html", {"form": form})

    def render(self, template, context):
        title = _("Group message")
        context = {"page_title": title, "header_title": title, "header_icon": "mail", **context}
        return TemplateResponse(self.request, f"{TEMPLATE_DIR}/{template}", context)


def result_message(result):
    return _("Messages queued: %(queued)d (%(sms)d by SMS, %(email)d by e-mail). Skipped: %(skipped)d.") % {
        "queued": result.queued,
        "sms": result.sms_count,
        "email": result.email_count,
        "skipped": result.skipped,
    }


class StaffMenuItem(MenuItem):
    def is_shown(self, request):
        return is_staff_member(request.user)


@hooks.register("register_admin_urls")
def register_group_message_url():
    return [path("group-message/", GroupMessageView.as_view(), name=URL_NAME)]


@hooks.register("register_admin_menu_item")
def register_group_message_menu_item():
    return StaffMenuItem(_("Group message"), reverse(URL_NAME), icon_name="mail", order=265)
