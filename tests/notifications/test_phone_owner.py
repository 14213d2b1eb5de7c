"""A verified mobile number belongs to one person, however it becomes verified."""

import pytest

from notifications.api import mark_phone_verified
from portal.accounts.adapter import AccountAdapter
from tests import factories

pytestmark = pytest.mark.django_db

NUMBER = "+4741234567"


@pytest.fixture
def previous(unit):
    return factories.make_member(unit, phone=NUMBER, phone_verified=True)


def verified(user):
    user.refresh_from_db()
    return (user.phone, user.phone_verified)


def test_mark_phone_verified_takes_number_from_previous_owner(tidgiver, previous):
    mark_phone_verified(tidgiver, NUMBER)

    assert (verified(tidgiver), verified(previous)) == ((NUMBER, True), (NUMBER, False))


def test_adapter_set_phone_verified_takes_number_from_previous_owner(tidgiver, previous):
    AccountAdapter().set_phone(tidgiver, NUMBER, False)
    assert verified(previous) == (NUMBER, True)  # an unproved number takes nothing

    AccountAdapter().set_phone_verified(tidgiver, NUMBER)

    assert (verified(tidgiver), verified(previous)) == ((NUMBER, True), (NUMBER, False))


def test_adapter_set_phone_as_verified_takes_number_from_previous_owner(tidgiver, previous):
    AccountAdapter().set_phone(tidgiver, NUMBER, True)

    assert (verified(tidgiver), verified(previous)) == ((NUMBER, True), (NUMBER, False))
    assert AccountAdapter().get_user_by_phone(NUMBER) == tidgiver


def test_adapter_set_phone_verified_for_another_number_changes_nothing(tidgiver, previous):
    tidgiver.phone = "+4790000000"
    tidgiver.save()

    AccountAdapter().set_phone_verified(tidgiver, NUMBER)

    assert (verified(tidgiver), verified(previous)) == (("+4790000000", False), (NUMBER, True))


def test_adapter_get_user_by_phone_refuses_number_verified_twice_in_old_data(tidgiver, previous):
    type(tidgiver).objects.filter(pk=tidgiver.pk).update(phone=NUMBER, phone_verified=True)

    assert AccountAdapter().get_user_by_phone(NUMBER) is None


# --- Finding 5: a number nobody proved routes nothing to a person --------------------------------------------


def test_inbound_from_unverified_number_routes_to_nobody(tidgiver):
    from notifications.domain.inbound import store

    tidgiver.phone = NUMBER  # typed somewhere, never proved with a code
    tidgiver.save()

    message = store("SM0001", NUMBER, "Hei")

    assert (message.user, message.unit) == (None, None)


def test_inbound_from_verified_number_routes_to_its_owner(tidgiver, unit):
    from notifications.domain.inbound import store

    mark_phone_verified(tidgiver, NUMBER)

    message = store("SM0002", NUMBER, "Hei")

    assert (message.user, message.unit) == (tidgiver, unit)


def test_inbound_from_number_verified_twice_in_old_data_routes_to_nobody(tidgiver, previous):
    from notifications.domain.inbound import store

    type(tidgiver).objects.filter(pk=tidgiver.pk).update(phone=NUMBER, phone_verified=True)

    assert store("SM0003", NUMBER, "Hei").user is None
