"""Message templates in the back office: the wording per key in Norwegian and English, with a live
preview and SMS segment count (static/notifications/js/template_editor.js; CSP allows no inline script).

A blank field means "the default shipped in code", so improving a default reaches every unedited template.
"""

import json

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permissions import register_permission_policy

from portal.org.enums import Role
from portal.org.rules import is_unit_admin_anywhere

from .. import registry
from ..models import MessageTemplate

# (model field, registry part, language)
FIELDS = [
    (f"{part}_{language}", part, language)
    for part in ("sms", "email_subject", "email_body")
    for language in registry.LANGUAGES
]
SAMPLE_VALUES = {  # what the preview fills in
    "fornavn": "Kari",
    "enhet": "Drammen",
    "lenke": "https://tidgiver.example.org/min-side/",
    "kode": "123456",
}


def sync_template_rows():
    """One row per registered key, so the listing shows every template staff can edit."""
    keys = set(registry.template_defaults())
    missing = keys - set(MessageTemplate.objects.filter(key__in=keys).values_list("key", flat=True))
    MessageTemplate.objects.bulk_create([MessageTemplate(key=key) for key in sorted(missing)], ignore_conflicts=True)


class MessageTemplateForm(WagtailAdminModelForm):
    class Meta:
        model = MessageTemplate
        fields = [name for name, _part, _language in FIELDS]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.default = registry.template_default(self.instance.key)
        for name, part, language in FIELDS:
            default_text = getattr(self.default, part).get(language, "")
            field = self.fields[name]
            if not getattr(self.default, part):
                del self.fields[name]  # this template is not sent by this channel
                continue
            if not getattr(self.instance, name):
                self.initial[name] = default_text
            field.widget.attrs.update(preview_attrs(part, default_text))

    def clean(self):
        cleaned = super().clean()
        for name, part, language in FIELDS:
            if name in cleaned and cleaned[name].strip() == getattr(self.default, part).get(language, "").strip():
                cleaned[name] = ""  # same as the default: keep following the default
        return cleaned

    class Media:
        js = ["notifications/js/template_editor.js"]
        css = {"all": ["notifications/css/template_editor.css"]}


def preview_attrs(part, default_text):
    """The editor script reads everything it shows from these attributes (so its words are translated here)."""
    attrs = {
        "data-template-preview": part,
        "data-sample-values": json.dumps(SAMPLE_VALUES),
        "data-label-preview": _("Preview with sample values:"),
    }
    if part == "sms":
        attrs.update(
            {
                "data-sms-counter": "true",
                "data-label-count": _("{characters} characters · {segments} SMS ({encoding})"),
                "data-label-warning": _("Longer than 3 SMS: each message costs {segments} SMS. Try to shorten it."),
            }
        )
    return attrs


class TemplateEditorPolicy(BasePermissionPolicy):
    """Templates are shared by every unit: unit admins and superusers edit them."""

    def user_has_permission(self, user, action):
        if action not in ("change", "view") or not user.is_active:
            return False
        return is_unit_admin_anywhere(user)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        if not {"change", "view"} & set(actions):
            return get_user_model().objects.none()
        editors = Q(is_superuser=True) | Q(memberships__role=Role.UNIT_ADMIN)
        return get_user_model().objects.filter(editors, is_active=True).distinct()

    def users_with_permission(self, action):
        return self.users_with_any_permission([action])


class TemplateIndexView(generic.IndexView):
    def get(self, request, *args, **kwargs):
        sync_template_rows()
        return super().get(request, *args, **kwargs)


def template_description(template):
    try:
        return registry.template_default(template.key).description
    except LookupError:
        return _("(no longer used)")


class MessageTemplateViewSet(ModelViewSet):
    model = MessageTemplate
    icon = "doc-full"
    menu_label = _("Message templates")
    index_view_class = TemplateIndexView
    list_display = ["key", Column("description", label=_("Used for"), accessor=template_description), "updated_at"]
    search_fields = ["key"]
    add_view_enabled = False
    copy_view_enabled = False
    inspect_view_enabled = False
    permission_policy = TemplateEditorPolicy(MessageTemplate)

    def get_form_class(self, for_update=False):
        return MessageTemplateForm


register_permission_policy(MessageTemplate, MessageTemplateViewSet.permission_policy, exact_class=True)
