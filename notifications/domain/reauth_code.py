"""Confirming it is you, for people without a password: a code by e-mail (every account has an address).
People with a password re-enter it on allauth's page instead (see views/reauth.py).
"""

from ..defaults import REAUTH_CODE
from ..enums import Channel
from .outbox import queue_template
from .session_codes import CodeError, check_code, new_code

ReauthCodeError = CodeError
__all__ = ["ReauthCodeError", "check_code", "send_code"]


def send_code(user):
    """Queue a new code by e-mail and return the pending dict to keep in the session."""
    code, pending = new_code("reauth", user)
    queue_template(user, REAUTH_CODE, {"kode": code}, channels=(Channel.EMAIL,), urgent=True)
    return pending
