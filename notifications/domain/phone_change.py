"""Changing one's own mobile number: confirm it is you first (views/reauth.py), then a code sent to the new
number proves it.

The pending change lives in the session (a dict), so nothing is stored until the code is right.
"""

from django.contrib.auth import get_user_model
from django.db import transaction

from ..defaults import PHONE_CODE
from ..enums import Channel
from . import phone_status
from .outbox import queue_template
from .recipients import language_of
from .session_codes import CodeError, check_code, new_code

PhoneChangeError = CodeError


def start(user, new_phone):
    """Send a code to ``new_phone`` and return the pending change to keep in the session."""
    code, pending = new_code("phone", user)
    from ..api import Contact

    contact = Contact(name=user.first_name, phone=new_phone, language=language_of(user))
    phone_status.clear_invalid(new_phone)  # the person says it is their mobile: let Twilio try again
    queue_template(contact, PHONE_CODE, {"kode": code}, channels=(Channel.SMS,), urgent=True)
    return {**pending, "phone": new_phone}


def confirm(user, pending, code):
    """Returns the updated pending dict (more wrong tries) or raises; on success the number is saved."""
    result = check_code(pending, code)
    if result is not True:
        return result
    save_verified_phone(user, pending["phone"])
    return None


@transaction.atomic
def save_verified_phone(user, phone):
    # A number belongs to one person: whoever proves it last keeps it verified (for log-in by SMS).
    get_user_model().objects.filter(phone=phone, phone_verified=True).exclude(pk=user.pk).update(phone_verified=False)
    user.phone, user.phone_verified = phone, True
    user.save(update_fields=["phone", "phone_verified"])


def verified_owner(phone):
    """The one active account that proved ``phone`` with a code; None otherwise (also for two in old data).

    The only way from a number to a person (log-in by SMS code, routing an incoming SMS): a number typed into a
    form and never proved belongs to nobody.
    """
    if not phone:
        return None
    owners = list(get_user_model().objects.filter(phone=phone, phone_verified=True, is_active=True)[:2])
    return owners[0] if len(owners) == 1 else None
