"""Back-office assets of the project itself."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.views.account import BaseSettingsPanel

from portal.accounts.middleware import session_passed_mfa
from portal.documents import may_download, restricted_to_logged_in


@hooks.register("insert_global_admin_js")
def start_date_and_time_pickers():
    return format_html('<script src="{}"></script>', static("portal/admin-choosers.js"))


class NoFieldsForm(forms.Form):
    """The panel only links elsewhere; Wagtail's account view still wants a form for every panel."""

    def __init__(self, *args, instance=None, **kwargs):
        super().__init__(*args, **kwargs)

    def save(self):
        pass


class SignInSettingsPanel(BaseSettingsPanel):
    """E-mail address, password and two-factor log-in are changed in allauth's flows, not here."""

    name = "sign_in"
    title = gettext_lazy("Log-in and security")
    order = 150
    form_class = NoFieldsForm
    template_name = "portal/account_sign_in_panel.html"

    def get_context_data(self):
        return {"user": self.user}


@hooks.register("register_account_settings_panel")
def sign_in_settings_panel(request, user, profile):
    return SignInSettingsPanel(request, user, profile)


@hooks.register("before_serve_document")
def private_documents_only_for_people_with_access(document, request):
    """A collection for logged-in users is for the back-office people given access to it, not any Tidgiver."""
    if not restricted_to_logged_in(document) or not request.user.is_authenticated:
        return None  # Wagtail's own check sends the anonymous to log in
    if not may_download(request.user, document):
        raise PermissionDenied
    if not session_passed_mfa(request, request.user):
        return redirect(f"{reverse('mfa_reauthenticate')}?{urlencode({'next': request.get_full_path()})}")
    return None
