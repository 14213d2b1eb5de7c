"""What we know about a number: it said STOPP, or Twilio says it cannot get SMS."""

from django.utils import timezone

from .phones import normalise_phone


def _status(phone):
    from ..models import PhoneStatus

    return PhoneStatus.objects.get_or_create(phone=normalise_phone(phone) or phone)[0]


def flag_number(phone, error_code):
    from ..transports.sms import OPTED_OUT_CODE

    status = _status(phone)
    if error_code == OPTED_OUT_CODE:
        status.opted_out, status.opted_out_at = True, status.opted_out_at or timezone.now()
    else:
        status.invalid_code, status.invalid_at = error_code, timezone.now()
    status.save()


def opt_out(phone):
    """Returns True when this changed anything (so the confirmation is sent once)."""
    status = _status(phone)
    if status.opted_out:
        return False
    status.opted_out, status.opted_out_at = True, timezone.now()
    status.save()
    return True


def opt_in(phone):
    status = _status(phone)
    if not status.opted_out:
        return False
    status.opted_out, status.opted_out_at = False, None
    status.save()
    return True


def clear_invalid(phone):
    """A person who sets a new number or proves this one works (SMS log-in) gets another chance."""
    from ..models import PhoneStatus

    PhoneStatus.objects.filter(phone=normalise_phone(phone)).update(invalid_code="", invalid_at=None)
