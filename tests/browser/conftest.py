"""Playwright (sync API) driving Debian's Chromium against the live test server.

Skipped with a clear message only where no Chromium exists; in CI (CI=true) a missing browser fails the run.
"""

import os
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"Chromium is missing at {CHROMIUM}; CI must install it (apt-get install chromium).")
        pytest.skip(f"No Chromium at {CHROMIUM}: install Debian's chromium to run the browser tests.")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server, home_page, request):
    context = browser.new_context(base_url=live_server.url, locale="nb-NO")
    context.set_default_timeout(15_000)
    page = context.new_page()
    yield page
    report = getattr(request.node, "rep_call", None)
    if report is not None and report.failed:
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"), full_page=True)
    context.close()


def log_in(page, email, password):
    page.goto("/accounts/login/")
    page.get_by_label("E-post eller mobilnummer").fill(email)
    page.get_by_label("Passord").fill(password)
    page.get_by_role("button", name="Logg inn").click()


@pytest.fixture
def superuser_page(browser, live_server, home_page):
    """A page of a superuser with TOTP set up, logged in by session cookie (log-in has its own browser tests)."""
    from django.conf import settings
    from django.test import Client

    from tests import factories
    from tests.mfa import log_in_with_mfa

    admin = factories.make_superuser(email="redaktor@example.org")
    client = Client()
    log_in_with_mfa(client, admin)
    context = browser.new_context(base_url=live_server.url, locale="nb-NO")
    context.set_default_timeout(15_000)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": live_server.url}])
    yield context.new_page()
    context.close()


@pytest.fixture
def twilio(settings):
    """SMS go through the real Twilio SDK to a recording fake of its HTTP transport."""
    from notifications.transports import sms
    from tests.notifications.fake_twilio import ACCOUNT_SID, AUTH_TOKEN, FakeTwilioHttpClient

    settings.TWILIO_ACCOUNT_SID, settings.TWILIO_AUTH_TOKEN, settings.TWILIO_FROM = (
        ACCOUNT_SID,
        AUTH_TOKEN,
        "+4759440000",
    )
    fake = FakeTwilioHttpClient()
    sms.use_http_client(fake)
    yield fake
    sms.use_http_client(None)
