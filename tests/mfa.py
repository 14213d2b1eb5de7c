"""TOTP helpers for tests: give a user an authenticator and compute the current code."""

import time

from allauth.mfa import app_settings
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, generate_totp_secret, hotp_value


def activate_totp(user):
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret


def current_code(secret):
    """The code of the current time step; waits for the next step when this one is about to end."""
    if app_settings.TOTP_PERIOD - time.time() % app_settings.TOTP_PERIOD < 3:
        time.sleep(3)
    counter = int(time.time()) // app_settings.TOTP_PERIOD
    return format_hotp_value(hotp_value(secret, counter))


def log_in_with_mfa(client, user):
    """Log a staff member in as allauth leaves a session after the TOTP step (the back office asks for it).

    Sets up TOTP unless the user has it, then records the MFA step in the client's session.
    """
    from allauth.account.internal.flows.login import record_authentication
    from allauth.mfa.models import Authenticator
    from django.test import RequestFactory

    authenticator = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()
    if authenticator is None:
        activate_totp(user)
        authenticator = Authenticator.objects.get(user=user, type=Authenticator.Type.TOTP)
    client.force_login(user)
    request = RequestFactory().get("/")
    request.session, request.user = client.session, user
    record_authentication(request, user, "mfa", id=authenticator.pk, type=authenticator.type)
    request.session.save()
    return client
