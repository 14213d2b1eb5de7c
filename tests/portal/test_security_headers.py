"""Security headers: a tight Content-Security-Policy, and no-store on every page with personal data."""

import pytest

from tests.mfa import log_in_with_mfa

pytestmark = pytest.mark.django_db


def csp_directives(response):
    parts = [part.strip() for part in response["Content-Security-Policy"].split(";") if part.strip()]
    return dict((part.split(" ", 1) + [""])[:2] for part in parts)


@pytest.mark.parametrize("url", ["/", "/accounts/login/", "/admin/"])
def test_security_headers_csp_forbids_base_and_foreign_frames(client, home_page, url):
    directives = csp_directives(client.get(url))

    assert directives["base-uri"] == "'none'"
    assert directives["frame-ancestors"] == "'self'"  # Wagtail's preview frames our own pages
    assert directives["object-src"] == "'none'"


def no_store(response):
    return "no-store" in response.get("Cache-Control", "")


@pytest.mark.parametrize(
    "url", ["/accounts/login/", "/accounts/login/code/", "/accounts/password/reset/", "/min-side/", "/admin/"]
)
def test_security_headers_no_store_on_account_pages_even_anonymous(client, url):
    assert no_store(client.get(url))


def test_security_headers_no_store_on_min_side(client, tidgiver):
    client.force_login(tidgiver)

    response = client.get("/min-side/")

    assert response.status_code == 200
    assert no_store(response)
    assert "private" in response["Cache-Control"]


def test_security_headers_no_store_in_back_office(client, coordinator):
    log_in_with_mfa(client, coordinator)

    for url in ("/admin/", "/admin/people/", "/admin/account/"):
        response = client.get(url)
        assert (url, response.status_code, no_store(response)) == (url, 200, True)


def test_security_headers_public_page_for_logged_in_person_is_not_stored(client, home_page, tidgiver):
    client.force_login(tidgiver)

    assert no_store(client.get(home_page.url))


def test_security_headers_public_page_for_anonymous_may_be_cached(client, home_page):
    assert not no_store(client.get(home_page.url))
