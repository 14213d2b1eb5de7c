import pytest

pytestmark = pytest.mark.django_db


def test_minside_anonymous_is_sent_to_login(client):
    response = client.get("/min-side/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/min-side/"


def test_minside_tidgiver_sees_sections(client, tidgiver):
    client.force_login(tidgiver)
    response = client.get("/min-side/")
    assert response.status_code == 200
    assert "<title>Min side – Blå Kors steg for steg</title>" in response.text
    for heading in ("Søknad", "Opplæring", "Timer", "Matcher"):
        assert f"<h2>{heading}</h2>" in response.text


def test_minside_english_when_chosen(client, tidgiver):
    client.force_login(tidgiver)
    client.post("/i18n/setlang/", {"language": "en", "next": "/min-side/"})
    response = client.get("/min-side/")
    assert '<html lang="en">' in response.text
    assert "<h1>My page</h1>" in response.text
