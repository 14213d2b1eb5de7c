"""Confirm it is you before a sensitive change (the mobile number that logs you in).

People with a password (or two-factor) confirm on allauth's own reauthentication page, with allauth's
rate limit. allauth offers nothing to people without a password (Tidgivere get an unusable one and log
in by code): they get a code by e-mail here. Both are recorded as allauth reauthentications, valid for
ACCOUNT_REAUTHENTICATION_TIMEOUT, and the interrupted request is resumed afterwards, as allauth does.
"""

import time
from functools import wraps

from allauth.account import app_settings as account_settings
from allauth.account.adapter import get_adapter
from allauth.account.internal.flows.login import get_authentication_records, record_authentication
from allauth.account.internal.flows.reauthentication import resume_request, suspend_request
from allauth.core import ratelimit
from allauth.core.exceptions import ReauthenticationRequired
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from ..domain import reauth_code
from ..forms import ReauthCodeForm

PENDING_KEY = "notifications_reauth_code"
CODE_METHOD = "notifications_email_code"


def recently_reauthenticated(request):
    records = [r for r in get_authentication_records(request, request.user) if r.get("reauthenticated")]
    return bool(records) and time.time() - records[-1]["at"] < account_settings.REAUTHENTICATION_TIMEOUT


PASSWORD_SET_HERE = "notifications_password_set_here"  # noqa: S105 (a session key, not a password)


def remember_password_set_here(sender, request, user, **kwargs):
    """Connected to allauth's password_set: a password chosen in this very session proves nothing."""
    request.session[PASSWORD_SET_HERE] = True


def allauth_can_reauthenticate(request):
    if request.session.get(PASSWORD_SET_HERE):
        return False  # whoever holds this session just chose the password: ask the e-mail inbox instead
    return bool(get_adapter().get_reauthentication_methods(request.user))


def reauthentication_required(view):
    @login_required
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if recently_reauthenticated(request):
            return view(request, *args, **kwargs)
        if allauth_can_reauthenticate(request):
            raise ReauthenticationRequired()  # allauth's middleware sends the person to its page
        return suspend_request(request, reverse("notifications:reauthenticate"))

    return wrapped


@login_required
def reauthenticate(request):
    if allauth_can_reauthenticate(request):
        query = request.META.get("QUERY_STRING", "")
        return redirect(reverse("account_reauthenticate") + (f"?{query}" if query else ""))
    if request.method == "POST" and "send" in request.POST:
        return send_code(request)
    pending = request.session.get(PENDING_KEY)
    form = ReauthCodeForm(request.POST or None)
    if request.method == "POST" and pending and form.is_valid():
        if limited := ratelimit.consume_or_429(request, action="reauthenticate", user=request.user):
            return limited
        try:
            result = reauth_code.check_code(pending, form.cleaned_data["code"])
        except reauth_code.ReauthCodeError:
            request.session.pop(PENDING_KEY, None)
            messages.error(request, _("The code has expired. Ask for a new one."))
            return redirect(request.get_full_path())
        if result is True:
            return confirmed(request)
        request.session[PENDING_KEY] = result
        form.add_error("code", _("The code is not correct."))
    context = {"form": form, "pending": bool(pending), "email": request.user.email}
    return render(request, "notifications/reauthenticate.html", context)


def send_code(request):
    try:
        request.session[PENDING_KEY] = reauth_code.send_code(request.user)
    except reauth_code.ReauthCodeError:
        messages.error(request, _("You have asked for many codes. Wait an hour and try again."))
    return redirect(request.get_full_path())


def confirmed(request):
    request.session.pop(PENDING_KEY, None)
    record_authentication(request, request.user, method=CODE_METHOD, reauthenticated=True)
    return resume_request(request) or redirect("minside:dashboard")
