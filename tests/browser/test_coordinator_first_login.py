"""A coordinator's first log-in: set up TOTP without a second password prompt, and end in the back office."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import log_in
from tests.factories import PASSWORD
from tests.mfa import current_code

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_coordinator_first_login_sets_up_totp_and_ends_in_the_back_office(page, coordinator):
    log_in(page, coordinator.email, PASSWORD)

    # Straight to setting up the authenticator app: no "type your password again" in between.
    expect(page).to_have_url(re.compile(r"/accounts/2fa/totp/activate/$"))
    secret = page.locator("#authenticator_secret").input_value()
    page.locator("input[name=code]").fill(current_code(secret))
    page.locator("main form button[type=submit]").click()

    expect(page).to_have_url(re.compile(r"/accounts/2fa/recovery-codes/$"))
    page.get_by_test_id("continue-after-codes").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))
    expect(page.get_by_role("link", name="Søknader").first).to_be_visible()
