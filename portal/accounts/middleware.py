"""Everyone who can use the back office must have TOTP set up before they reach it."""

from allauth.mfa.models import Authenticator
from django.shortcuts import redirect

from portal.org.scoping import may_use_back_office

BACK_OFFICE_PREFIX = "/admin/"


def has_totp(user):
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


class StaffMustUseMFAMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            request.path.startswith(BACK_OFFICE_PREFIX)
            and user is not None
            and may_use_back_office(user)
            and not has_totp(user)
        ):
            return redirect("mfa_activate_totp")
        return self.get_response(request)
