"""Confirming it is you, for people without a password: a code by e-mail (every account has an address).
People with a password re-enter it on allauth's page instead (see views/reauth.py).

The pending code lives in the session (a dict with the code hashed), like a phone change.
"""

import datetime
import secrets

from django.contrib.auth.hashers import check_password, make_password
from django.core.cache import cache
from django.utils import timezone

from ..defaults import REAUTH_CODE
from ..enums import Channel
from .outbox import queue_template

CODE_VALID_FOR = datetime.timedelta(minutes=10)
MAX_WRONG_CODES = 3
MAX_CODES_PER_HOUR = 5


class ReauthCodeError(Exception):
    """``str(error)`` is "too_many_codes" or "expired"."""


def codes_sent_key(user):
    return f"notifications:reauth-codes:{user.pk}"


def send_code(user):
    """Queue a new code by e-mail and return the pending dict to keep in the session."""
    sent = cache.get(codes_sent_key(user), 0)
    if sent >= MAX_CODES_PER_HOUR:
        raise ReauthCodeError("too_many_codes")
    cache.set(codes_sent_key(user), sent + 1, timeout=3600)
    code = f"{secrets.randbelow(1_000_000):06d}"
    queue_template(user, REAUTH_CODE, {"kode": code}, channels=(Channel.EMAIL,), urgent=True)
    expires = timezone.now() + CODE_VALID_FOR
    return {"code": make_password(code), "expires": expires.isoformat(), "wrong": 0}


def check_code(pending, code):
    """True when right; else the updated pending dict (one more wrong try). Raises when it has expired."""
    if not pending or timezone.now() > datetime.datetime.fromisoformat(pending["expires"]):
        raise ReauthCodeError("expired")
    if check_password(code.strip(), pending["code"]):
        return True
    pending = {**pending, "wrong": pending["wrong"] + 1}
    if pending["wrong"] >= MAX_WRONG_CODES:
        raise ReauthCodeError("expired")
    return pending
