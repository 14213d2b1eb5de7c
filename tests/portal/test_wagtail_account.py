"""Wagtail's own account page changes neither e-mail nor password: allauth's flows do, with checks."""

import pytest

from tests.mfa import log_in_with_mfa

pytestmark = pytest.mark.django_db

ACCOUNT_URL = "/admin/account/"


def account_form(**changes):
    data = {
        "name_email-first_name": "Kari",
        "name_email-last_name": "Person",
        "locale-preferred_language": "nb",
        "locale-current_time_zone": "",
        "theme-theme": "system",
        "theme-density": "default",
        "theme-contrast": "system",
        "theme-keyboard_shortcuts": "on",
        "notifications-submitted_notifications": "on",
    }
    return {**data, **changes}


def test_wagtail_account_post_cannot_change_email(client, coordinator):
    log_in_with_mfa(client, coordinator)

    response = client.post(ACCOUNT_URL, account_form(**{"name_email-email": "attacker@example.org"}))

    assert response.status_code == 302
    coordinator.refresh_from_db()
    assert (coordinator.email, coordinator.last_name) == ("kari@example.org", "Person")


def test_wagtail_account_post_still_changes_name(client, coordinator):
    log_in_with_mfa(client, coordinator)

    client.post(ACCOUNT_URL, account_form(**{"name_email-last_name": "Nordmann"}))

    coordinator.refresh_from_db()
    assert coordinator.last_name == "Nordmann"


def test_wagtail_account_page_links_to_allauth_for_email_password_and_mfa(client, coordinator):
    log_in_with_mfa(client, coordinator)

    page = client.get(ACCOUNT_URL)

    assert page.status_code == 200
    assert 'name="name_email-email"' not in page.text
    assert 'name="password-' not in page.text
    for url in ("/accounts/email/", "/accounts/password/change/", "/accounts/2fa/"):
        assert f'href="{url}"' in page.text
