from allauth.account.forms import LoginForm as AllauthLoginForm
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from notifications.api import normalise_phone

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
