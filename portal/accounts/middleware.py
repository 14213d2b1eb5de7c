"""The back office asks for a second factor in every session, not only that one is set up.

A session reaches /admin/ only when allauth recorded an MFA step in it (the code at log-in, a
re-authentication with the app, or setting the app up just now). A session created any other way
(a stray log-in view, a forced log-in) is sent to confirm a code first.
"""

from allauth.account.internal.flows.login import get_authentication_records
from allauth.mfa.models import Authenticator
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode

from portal.org.rules import may_use_back_office

BACK_OFFICE_PREFIX = "/admin/"


def has_totp(user):
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def session_passed_mfa(request, user):
    return any(record.get("method") == "mfa" for record in get_authentication_records(request, user))


class StaffMustUseMFAMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if request.path.startswith(BACK_OFFICE_PREFIX) and user is not None and may_use_back_office(user):
            if not has_totp(user):
                return redirect("mfa_activate_totp")
            if not session_passed_mfa(request, user):
                return redirect(f"{reverse('mfa_reauthenticate')}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)
