"""Phone numbers in one form (E.164), and a masked form for anything a person might read in a log."""

import phonenumbers

DEFAULT_REGION = "NO"


def normalise_phone(raw):
    """'412 34 567' or '+47 412 34 567' → '+4741234567'; '' when it is not a valid number."""
    if not raw:
        return ""
    try:
        number = phonenumbers.parse(str(raw), DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return ""
    if not phonenumbers.is_valid_number(number):
        return ""
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def display_phone(phone):
    """How people write numbers: '+4732000000' → '32 00 00 00', '+4741234567' → '41 23 45 67', foreign
    numbers in their international form ('+46 8 123 456 78'). Anything unreadable is shown as it is."""
    if not phone:
        return ""
    try:
        number = phonenumbers.parse(str(phone), DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return phone
    if not phonenumbers.is_valid_number(number):
        return phone
    if phonenumbers.region_code_for_number(number) == DEFAULT_REGION:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def mask_phone(phone):
    """Enough to tell numbers apart in the back office, without the whole number: +47•••••567."""
    if len(phone) < 6:
        return "•••"
    return f"{phone[:3]}•••••{phone[-3:]}"
