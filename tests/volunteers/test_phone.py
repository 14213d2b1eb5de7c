"""Mobile numbers in the forms people actually type them, normalised to E.164."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from phonenumbers.phonemetadata import PhoneMetadata

from volunteers.domain.phone import normalise_phone
from volunteers.forms import PhoneField

# Norwegian mobile numbers as libphonenumber knows them (eight digits, mostly 4xx and 9xx; not every range is used).
NORWEGIAN_MOBILE = PhoneMetadata.metadata_for_region("NO").mobile.national_number_pattern.replace(r"\d", "[0-9]")
mobile_digits = st.from_regex(rf"\A(?:{NORWEGIAN_MOBILE})\Z")
separators = st.sampled_from(["", " ", "  ", "-", "."])
prefixes = st.sampled_from(["", "+47", "+47 ", "0047", "0047 ", "47"])


def _typed(prefix, digits, separator, grouping):
    groups = [digits[:3], digits[3:5], digits[5:]] if grouping else [digits[:2], digits[2:4], digits[4:6], digits[6:]]
    return prefix + separator.join(groups)


@settings(max_examples=300, deadline=None)
@given(prefixes, mobile_digits, separators, st.booleans(), st.sampled_from(["", " ", "\t"]))
def test_phone_norwegian_mobile_any_typing_normalises_to_e164(prefix, digits, separator, grouping, padding):
    if prefix == "47" and separator == "":
        prefix = "+47"  # "4741234567" without a plus is ambiguous; people write it with "+" or "00"
    typed = padding + _typed(prefix, digits, separator, grouping) + padding
    assert normalise_phone(typed) == "+47" + digits


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("412 34 567", "+4741234567"),
        ("+47 41234567", "+4741234567"),
        ("0047 412 34 567", "+4741234567"),
        ("41234567", "+4741234567"),
        ("+46 70 123 45 67", "+46701234567"),
        ("0046701234567", "+46701234567"),
    ],
)
def test_phone_examples(typed, expected):
    assert normalise_phone(typed) == expected


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789 +-", max_size=7))
def test_phone_too_short_or_not_mobile_is_refused(typed):
    with pytest.raises(ValueError):
        normalise_phone(typed)


@given(st.text(alphabet=st.characters(categories=["L"]), min_size=1, max_size=20))
def test_phone_letters_are_refused_by_form_field_in_norwegian(typed):
    from django.core.exceptions import ValidationError
    from django.utils import translation

    with translation.override("nb"), pytest.raises(ValidationError) as error:
        PhoneField().clean(typed)
    assert error.value.messages == ["Skriv et gyldig mobilnummer, for eksempel 412 34 567 eller +47 412 34 567."]


@pytest.mark.parametrize("typed", ["22 33 44 55", "02000", "800 12 345", "42000000"])
def test_phone_landline_service_and_unallocated_numbers_are_refused(typed):
    with pytest.raises(ValueError):
        normalise_phone(typed)
