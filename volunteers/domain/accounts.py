"""The applicant's account: created with the application; the applicant chooses a password by e-mail link.

The link is allauth's password-reset link. Following it proves the applicant controls the address, so a
successful reset also marks the e-mail address verified (see `mark_email_verified`, connected in apps.py).
"""

from allauth.account import app_settings as allauth_settings
from allauth.account.models import EmailAddress
from allauth.account.utils import user_pk_to_url_str
from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse


def ensure_account(*, email, first_name, last_name):
    """The user with this e-mail, or a new one without a usable password. Returns (user, created).

    A number typed into a form is nobody's proof of owning it: the account's number (log-in by SMS code, where
    inbound SMS are routed) is set only by the phone change that sends a code to it, never from here.
    """
    User = get_user_model()
    email = email.strip().lower()
    user = User.objects.filter(email__iexact=email).first()
    created = user is None
    if created:
        user = User.objects.create_user(email=email, first_name=first_name, last_name=last_name)
        user.set_unusable_password()
        user.save(update_fields=["password"])
    EmailAddress.objects.get_or_create(user=user, email=email, defaults={"primary": True, "verified": False})
    return user, created


def password_link(user):
    """A link to choose a password (new account) or to log in (an account that already has one)."""
    base = settings.PUBLIC_BASE_URL.rstrip("/")
    if user.has_usable_password():
        return base + reverse("account_login")
    token = allauth_settings.PASSWORD_RESET_TOKEN_GENERATOR().make_token(user)
    path = reverse("account_reset_password_from_key", kwargs={"uidb36": user_pk_to_url_str(user), "key": token})
    return base + path


def mark_email_verified(sender, request, user, **kwargs):
    """allauth `password_reset` receiver: the reset link reached the inbox, so the address is verified."""
    EmailAddress.objects.filter(user=user, email__iexact=user.email).update(verified=True)
