from allauth.account import forms as allauth_forms
from allauth.account.forms import LoginForm as AllauthLoginForm
from allauth.account.internal.flows.login import record_authentication
from allauth.core import context as allauth_context
from allauth.mfa.models import Authenticator
from allauth.mfa.totp import forms as allauth_totp_forms
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from notifications.api import normalise_phone
from portal.security import security_event

UNVERIFIED_PHONE_MESSAGE = _(
    "This mobile number is not confirmed yet, so it cannot be used to log in. Log in with your e-mail "
    "address and password; on My page you can confirm the number with a code by SMS."
)


class LoginForm(AllauthLoginForm):
    """allauth's log-in form, with a label that says what to type (e-mail or mobile number)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["login"].label = _("Email or mobile number")

    def _clean_with_password(self, credentials):
        try:
            return super()._clean_with_password(credentials)
        except ValidationError as error:
            if "phone" in credentials and self._unverified_owner(credentials["phone"], credentials["password"]):
                raise ValidationError(UNVERIFIED_PHONE_MESSAGE, code="phone_not_verified") from error
            raise

    @staticmethod
    def _unverified_owner(phone, password):
        """Only someone who knows the account's password learns that the number is not confirmed yet, so
        the message tells nobody else whether a number belongs to an account."""
        users = get_user_model().objects.filter(phone=normalise_phone(phone), phone_verified=False, is_active=True)
        return any(user.check_password(password) for user in users[:2])


class ActivateTOTPForm(allauth_totp_forms.ActivateTOTPForm):
    """Setting up the app means typing a valid code from it: this session has passed MFA.

    allauth records no MFA step for it, so the back office would ask for a second code at once.
    """

    def clean_code(self):
        code = super().clean_code()
        record_authentication(allauth_context.request, self.user, "mfa", type=Authenticator.Type.TOTP, activated=True)
        return code


class RequestLoginCodeForm(allauth_forms.RequestLoginCodeForm):
    """allauth's form fails with an error page when neither field is filled in: say what is missing."""

    def clean(self):
        cleaned_data = super().clean()
        if not self.errors and not cleaned_data.get("email") and not cleaned_data.get("phone"):
            raise ValidationError(_("Enter your email address or your mobile number."), code="required")
        if any(self.has_error(field, "too_many_login_attempts") for field in ("email", "phone")):
            security_event(
                "login_locked_out", allauth_context.request, user=getattr(self, "_user", None), method="code"
            )
        return cleaned_data


class ConfirmLoginCodeForm(allauth_forms.ConfirmLoginCodeForm):
    def clean_code(self):
        try:
            return super().clean_code()
        except ValidationError:
            security_event("login_failed", allauth_context.request, method="code")
            raise
