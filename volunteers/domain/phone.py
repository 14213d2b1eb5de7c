"""Mobile numbers as people type them (`412 34 567`, `+47 41234567`, `0047 41234567`) to E.164."""

import phonenumbers

DEFAULT_REGION = "NO"
MOBILE_TYPES = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)


def normalise_phone(raw):
    """E.164 (`+4741234567`) for a valid mobile number; ValueError otherwise. Without a country code it is Norwegian."""
    text = (raw or "").strip()
    if not text:
        raise ValueError("empty")
    try:
        number = phonenumbers.parse(text, DEFAULT_REGION)
    except phonenumbers.NumberParseException as error:
        raise ValueError(str(error)) from None
    if not phonenumbers.is_valid_number(number):
        raise ValueError("invalid")
    if phonenumbers.number_type(number) not in MOBILE_TYPES:
        raise ValueError("not a mobile number")  # we send text messages to it
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
