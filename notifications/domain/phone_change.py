"""Changing one's own mobile number: confirm it is you first (views/reauth.py), then a code sent to the new
number proves it.

The pending change lives in the session (a dict), so nothing is stored until the code is right.
"""

import datetime
import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import check_password, make_password
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from ..defaults import PHONE_CODE
from ..enums import Channel
from . import phone_status
from .outbox import queue_template
from .recipients import language_of

CODE_VALID_FOR = datetime.timedelta(minutes=10)
MAX_WRONG_CODES = 3
MAX_CODES_PER_HOUR = 5


class PhoneChangeError(Exception):
    pass


def codes_sent_key(user):
    return f"notifications:phone-codes:{user.pk}"


def start(user, new_phone):
    """Send a code to ``new_phone`` and return the pending change to keep in the session."""
    sent = cache.get(codes_sent_key(user), 0)
    if sent >= MAX_CODES_PER_HOUR:
        raise PhoneChangeError("too_many_codes")
    cache.set(codes_sent_key(user), sent + 1, timeout=3600)
    code = f"{secrets.randbelow(1_000_000):06d}"
    from ..api import Contact

    contact = Contact(name=user.first_name, phone=new_phone, language=language_of(user))
    phone_status.clear_invalid(new_phone)  # the person says it is their mobile: let Twilio try again
    queue_template(contact, PHONE_CODE, {"kode": code}, channels=(Channel.SMS,), urgent=True)
    expires = timezone.now() + CODE_VALID_FOR
    return {"phone": new_phone, "code": make_password(code), "expires": expires.isoformat(), "wrong": 0}


def confirm(user, pending, code):
    """Returns the updated pending dict (more wrong tries) or raises; on success the number is saved."""
    if not pending or timezone.now() > datetime.datetime.fromisoformat(pending["expires"]):
        raise PhoneChangeError("expired")
    if not check_password(code.strip(), pending["code"]):
        pending = {**pending, "wrong": pending["wrong"] + 1}
        if pending["wrong"] >= MAX_WRONG_CODES:
            raise PhoneChangeError("expired")
        return pending
    save_verified_phone(user, pending["phone"])
    return None


@transaction.atomic
def save_verified_phone(user, phone):
    # A number belongs to one person: whoever proves it last keeps it verified (for log-in by SMS).
    get_user_model().objects.filter(phone=phone, phone_verified=True).exclude(pk=user.pk).update(phone_verified=False)
    user.phone, user.phone_verified = phone, True
    user.save(update_fields=["phone", "phone_verified"])
