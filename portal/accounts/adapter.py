from types import SimpleNamespace

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from allauth.core import ratelimit
from allauth.core.exceptions import ImmediateHttpResponse
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.sites.shortcuts import get_current_site
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from notifications import api as notifications
from portal.security import security_event

LOGIN_CODE_TEMPLATE = "notifications.login_code"
UNKNOWN_NUMBER_TEMPLATE = "notifications.login_unknown_number"
# allauth's e-mails that carry a code or a link that logs in, resets a password or confirms an address.
SECRET_MAILS = {
    "account/email/login_code",
    "account/email/password_reset_key",
    "account/email/password_reset_code",
    "account/email/email_confirmation",
    "account/email/email_confirmation_signup",
}


def mail_context(email):
    # What allauth's own send_mail adds before rendering (the templates use current_site).
    request = allauth_context.request
    # Without the sites framework the site's "name" is the host name: greet with the organisation's name.
    site = get_current_site(request)
    return {
        "request": request,
        "email": email,
        "current_site": SimpleNamespace(name=settings.WAGTAIL_SITE_NAME, domain=site.domain),
    }


def html_part(message):
    alternatives = getattr(message, "alternatives", [])
    html = [content for content, mimetype in alternatives if mimetype == "text/html"]
    if not html and message.content_subtype == "html":
        return message.body
    return html[0] if html else ""


def _first_totp_set_up_after_fresh_login(request):
    """Logged in within the reauthentication window, and no authenticator existed before that log-in (the
    set-up and the recovery codes shown at its end; changing an existing set-up still asks again)."""
    import datetime
    import time

    from allauth.account import app_settings
    from allauth.account.internal.flows.login import get_authentication_records
    from allauth.mfa.models import Authenticator

    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return False
    records = get_authentication_records(request, user)
    if not records or time.time() - records[-1]["at"] >= app_settings.REAUTHENTICATION_TIMEOUT:
        return False
    logged_in_at = datetime.datetime.fromtimestamp(records[0]["at"], tz=datetime.UTC)
    return not Authenticator.objects.filter(user=user, created_at__lt=logged_in_at).exists()


def _first_password(request):
    return getattr(request, "first_password_chosen", False)


class AccountAdapter(DefaultAccountAdapter):
    def is_open_for_signup(self, request):
        # Accounts come from applying ("Bli Tidgiver") or from a coordinator; a bare sign-up leads nowhere.
        return False

    def get_login_redirect_url(self, request):
        return reverse("after_login")

    def is_reauthentication_required(self, *, app, **kwargs):
        """No second password prompt for setting up two-step log-in right after logging in: a log-in within
        the reauthentication window proves as much as typing the password again would."""
        required = super().is_reauthentication_required(app=app, **kwargs)
        if required and app == "allauth.mfa" and _first_totp_set_up_after_fresh_login(self.request):
            return False
        return required

    # --- The first password --------------------------------------------------------------------
    # A new applicant chooses their first password through allauth's reset link (from the receipt).
    # That is not a "password reset": no security warning by e-mail, a welcome instead of "changed".

    def set_password(self, user, password):
        request = allauth_context.request
        if request is not None and not user.has_usable_password():
            request.first_password_chosen = True
        super().set_password(user, password)

    def send_notification_mail(self, template_prefix, user, context=None, email=None):
        if template_prefix == "account/email/password_reset" and _first_password(allauth_context.request):
            return
        super().send_notification_mail(template_prefix, user, context=context, email=email)

    def add_message(self, request, level, message_template=None, message_context=None, extra_tags="", message=None):
        if message_template == "account/messages/password_changed.txt" and _first_password(request):
            messages.success(request, _("Your password is saved, and you are logged in. Welcome!"))
            return
        super().add_message(request, level, message_template, message_context, extra_tags, message)

    # --- Security log: failed log-ins and lock-outs (never the typed e-mail, number or password) ---

    def account_for(self, credentials):
        if credentials.get("email"):
            return get_user_model().objects.filter(email__iexact=credentials["email"]).first()
        if credentials.get("phone"):
            return self.get_user_by_phone(credentials["phone"])
        return None

    def pre_authenticate(self, request, **credentials):
        try:
            super().pre_authenticate(request, **credentials)
        except ValidationError:
            security_event("login_locked_out", request, user=self.account_for(credentials), method="password")
            # Locked out: answer like every other rate limit, with allauth's 429 page.
            raise ImmediateHttpResponse(ratelimit.respond_429(request)) from None

    def authentication_failed(self, request, **credentials):
        security_event("login_failed", request, user=self.account_for(credentials), method="password")

    def send_mail(self, template_prefix, email, context):
        """allauth's e-mails go through the outbox too: queued in the request, retried, visible to staff."""
        user = context.get("user") or get_user_model().objects.filter(email__iexact=email).first()
        language = notifications.preferred_language(user) if user is not None else translation.get_language()
        with translation.override(language):  # the person's choice, not the language of the page they are on
            message = self.render_mail(template_prefix, email, {**mail_context(email), **context})
        html = html_part(message)
        text = message.body if message.content_subtype != "html" else ""  # HTML-only when a project has no .txt
        recipient = user if user is not None and user.email == email else notifications.Contact(name="", email=email)
        notifications.send_rendered_email(
            recipient,
            template_prefix.replace("/email/", "."),
            subject=message.subject,
            body=text or html,
            html_body=html,
            secret=template_prefix in SECRET_MAILS,
        )

    # --- Phone numbers and log-in by SMS code ----------------------------------------------------
    # allauth stores no phone numbers: they live on our User (phone, phone_verified). Only a verified
    # number logs in, so a typo in an application form cannot hand someone else the account.

    def clean_phone(self, phone):
        normalised = notifications.normalise_phone(phone)
        if not normalised:
            raise ValidationError(notifications.INVALID_PHONE_MESSAGE, code="invalid_phone")
        return normalised

    def phone_form_field(self, **kwargs):
        # Accept Norwegian ways of writing a number; clean_phone turns them into E.164.
        kwargs.setdefault("validators", [])
        kwargs.setdefault("label", capfirst(get_user_model()._meta.get_field("phone").verbose_name))
        return super().phone_form_field(**kwargs)

    def set_phone(self, user, phone, verified):
        if verified:
            notifications.mark_phone_verified(user, phone)  # also takes the number from anyone else
            return
        user.phone, user.phone_verified = phone, False
        user.save(update_fields=["phone", "phone_verified"])

    def get_phone(self, user):
        return (user.phone, user.phone_verified) if user.phone else None

    def set_phone_verified(self, user, phone):
        if user.phone == phone:
            notifications.mark_phone_verified(user, phone)

    def get_user_by_phone(self, phone):
        # A verified number belongs to one person; should old data hold two, log in neither by it.
        return notifications.phone_owner(phone)

    def send_verification_code_sms(self, user, phone, code, **kwargs):
        recipient = user if user.phone == phone else notifications.Contact(name=user.first_name, phone=phone)
        notifications.send(recipient, LOGIN_CODE_TEMPLATE, {"kode": code}, channels=("sms",), urgent=True)

    def send_unknown_account_sms(self, phone, **kwargs):
        # Off by default: texting any number typed into a form invites SMS-pumping fraud. The page
        # answers the same either way ("if the number belongs to an account, a code is on its way").
        if getattr(settings, "NOTIFICATIONS_SMS_UNKNOWN_ACCOUNT", False):
            contact = notifications.Contact(name="", phone=phone)
            notifications.send(contact, UNKNOWN_NUMBER_TEMPLATE, {}, channels=("sms",), urgent=True)
