"""Min side contact details change the application only; the account's number changes by a code."""

import pytest
from allauth.account.adapter import get_adapter
from django.urls import reverse

from notifications.domain import phone_change
from volunteers.domain import applications
from volunteers.enums import EventKind

from .conftest import make_application

pytestmark = pytest.mark.django_db
OLD, NEW = "+4741234567", "+4798765432"


@pytest.fixture
def application(unit):
    application = make_application(unit, phone=OLD)
    user = application.user
    user.phone, user.phone_verified = OLD, True
    user.save(update_fields=["phone", "phone_verified"])
    return application


def test_contact_details_update_keeps_the_accounts_verified_number(application):
    assert applications.update_contact_details(application, application.user, phone=NEW) is True

    application.refresh_from_db()
    user = application.user
    user.refresh_from_db()
    assert application.phone == NEW
    assert (user.phone, user.phone_verified) == (OLD, True)
    assert get_adapter().get_user_by_phone(NEW) is None
    assert get_adapter().get_user_by_phone(OLD) == user
    assert application.events.get(kind=EventKind.CONTACT_UPDATED).text == "mobilnummer"


def test_contact_details_view_update_does_not_let_the_new_number_log_in(client, application):
    client.force_login(application.user)

    response = client.post(
        reverse("volunteers:contact_details"), {"phone": "987 65 432", "postal_code": "0150", "postal_place": "Oslo"}
    )

    assert response["Location"] == "/min-side/"
    application.refresh_from_db()
    assert application.phone == NEW
    assert get_adapter().get_user_by_phone(NEW) is None


def test_contact_details_page_links_to_the_verified_phone_change(client, application):
    client.force_login(application.user)

    text = client.get(reverse("volunteers:contact_details")).text

    assert (
        "Nummeret du logger inn med og får meldinger fra oss på, endres først når du bekrefter et nytt nummer med "
        f'en kode: <a href="{reverse("notifications:change_phone")}">bytt mobilnummer</a>.'
    ) in text


def test_contact_details_account_number_changes_after_the_code(application):
    applications.update_contact_details(application, application.user, phone=NEW)

    phone_change.save_verified_phone(application.user, NEW)

    assert get_adapter().get_user_by_phone(NEW) == application.user
