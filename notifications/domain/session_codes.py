"""Six-digit codes that prove something (a new number, that it is you), pending in the person's session.

The session keeps only a hash, the expiry and the wrong tries; how many codes a person may ask for is
counted per purpose in the shared cache.
"""

import datetime
import secrets

from django.contrib.auth.hashers import check_password, make_password
from django.core.cache import cache
from django.utils import timezone

CODE_VALID_FOR = datetime.timedelta(minutes=10)
MAX_WRONG_CODES = 3
MAX_CODES_PER_HOUR = 5


class CodeError(Exception):
    """``str(error)`` is "too_many_codes" or "expired"."""


def codes_sent_key(purpose, user):
    return f"notifications:{purpose}-codes:{user.pk}"


def new_code(purpose, user):
    """A fresh code and its pending dict for the session. Raises CodeError past the hourly limit."""
    key = codes_sent_key(purpose, user)
    sent = cache.get(key, 0)
    if sent >= MAX_CODES_PER_HOUR:
        raise CodeError("too_many_codes")
    cache.set(key, sent + 1, timeout=3600)
    code = f"{secrets.randbelow(1_000_000):06d}"
    expires = timezone.now() + CODE_VALID_FOR
    return code, {"code": make_password(code), "expires": expires.isoformat(), "wrong": 0}


def check_code(pending, code):
    """True when right; else the updated pending dict (one more wrong try). Raises CodeError when spent."""
    if not pending or timezone.now() > datetime.datetime.fromisoformat(pending["expires"]):
        raise CodeError("expired")
    if check_password(code.strip(), pending["code"]):
        return True
    pending = {**pending, "wrong": pending["wrong"] + 1}
    if pending["wrong"] >= MAX_WRONG_CODES:
        raise CodeError("expired")
    return pending
