"""Wagtail's date and time pickers work under the site's Content-Security-Policy (no inline scripts)."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_admin_date_pickers_open_in_page_editor_without_csp_violations(superuser_page, home_page):
    console = []
    superuser_page.on("console", lambda message: console.append(message.text))

    superuser_page.goto(f"/admin/pages/{home_page.pk}/edit/")
    started = superuser_page.locator('script[data-chooser="datetime"][data-started="true"]')

    assert started.count() == 2  # "go live" and "expire" in the publishing schedule
    assert superuser_page.locator(".xdsoft_datetimepicker").count() >= 2
    assert [text for text in console if "Content Security Policy" in text] == []
