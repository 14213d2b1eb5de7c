import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import log_in
from tests.factories import PASSWORD
from tests.mfa import activate_totp, current_code

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_tidgiver_logs_in_and_sees_min_side(page, tidgiver):
    page.goto("/")
    expect(page.locator("html")).to_have_attribute("lang", "nb")
    log_in(page, tidgiver.email, PASSWORD)
    expect(page).to_have_url(re.compile(r"/min-side/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Min side")
    expect(page.get_by_text("Hei, Tone!")).to_be_visible()
    expect(page.get_by_role("heading", name="Opplæring")).to_be_visible()


def test_coordinator_logs_in_with_totp_and_reaches_admin(page, coordinator):
    secret = activate_totp(coordinator)
    console_errors = []
    page.on("console", lambda message: message.type == "error" and console_errors.append(message.text))
    page.on("requestfailed", lambda request: console_errors.append(request.url))
    page.on("response", lambda response: response.status >= 400 and console_errors.append(response.url))
    log_in(page, coordinator.email, PASSWORD)
    expect(page).to_have_url(re.compile(r"/accounts/2fa/authenticate/$"))
    page.get_by_label("Kode").fill(current_code(secret))
    page.get_by_role("button", name="Logg inn").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))
    expect(page.locator("html")).to_have_attribute("lang", "nb")
    expect(page.get_by_role("link", name="Personer", exact=True)).to_be_visible()
    page.get_by_role("link", name="Personer", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Personer")
    # Our content security policy must not break the back office.
    assert console_errors == [], console_errors


def test_skip_link_moves_focus_to_main(page):
    page.goto("/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Hopp til innholdet")
    expect(skip).to_be_focused()
    skip.press("Enter")
    expect(page).to_have_url(re.compile(r"#main$"))
