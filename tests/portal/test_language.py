"""The site speaks Norwegian unless the person picks English in the footer, whatever the browser says."""

import pytest

pytestmark = pytest.mark.django_db


def test_language_english_browser_still_gets_norwegian(client, home_page):
    response = client.get("/accounts/login/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")

    assert (response.status_code, response["Content-Language"]) == (200, "nb")
    assert '<html lang="nb">' in response.text
    assert "Logg inn" in response.text


def test_language_switcher_choice_gives_english(client, home_page):
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/accounts/login/"}, follow=True)

    assert response["Content-Language"] == "en"
    assert '<html lang="en">' in response.text
    assert "<h1>Log in</h1>" in response.text


def test_language_unknown_cookie_falls_back_to_norwegian(client, home_page, settings):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "de"

    assert client.get("/accounts/login/", HTTP_ACCEPT_LANGUAGE="en")["Content-Language"] == "nb"
