"""Log-ins, failed log-ins and MFA changes on the security log (portal/security.py).

Connected in AccountsConfig.ready. Lock-outs are logged by the AccountAdapter, which sees them.
"""

from allauth.account.internal.flows.login import get_authentication_records
from allauth.mfa import signals as mfa_signals
from django.contrib.auth import signals as auth_signals

from portal.security import security_event


def log_login(sender, request, user, **kwargs):
    methods = [record.get("method") for record in get_authentication_records(request, user)] if request else []
    security_event("login_succeeded", request, user=user, methods=",".join(methods) or "-")


def log_mfa_added(sender, request, user, authenticator, **kwargs):
    security_event("mfa_added", request, user=user, type=authenticator.type)


def log_mfa_removed(sender, request, user, authenticator, **kwargs):
    security_event("mfa_removed", request, user=user, type=authenticator.type)


def log_mfa_reset(sender, request, user, authenticator, **kwargs):
    security_event("mfa_reset", request, user=user, type=authenticator.type)


def log_mfa_failed(sender, request, user, authenticator, **kwargs):
    security_event("mfa_failed", request, user=user, type=authenticator.type)


def connect():
    auth_signals.user_logged_in.connect(log_login, dispatch_uid="security-login")
    mfa_signals.authenticator_added.connect(log_mfa_added, dispatch_uid="security-mfa-added")
    mfa_signals.authenticator_removed.connect(log_mfa_removed, dispatch_uid="security-mfa-removed")
    mfa_signals.authenticator_reset.connect(log_mfa_reset, dispatch_uid="security-mfa-reset")
    mfa_signals.authentication_failed.connect(log_mfa_failed, dispatch_uid="security-mfa-failed")
