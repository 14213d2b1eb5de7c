"""Anonymous visitors get public pages from the cache; nobody gets a page rendered for someone else."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction, Site

from cms.models import ContentPage, SiteNavigation
from tests.volunteers.pages import make_recruitment_pages

pytestmark = pytest.mark.django_db


@pytest.fixture
def about(home_page):
    page = ContentPage(title="Om oss", slug="om-oss", intro="Første versjon")
    home_page.add_child(instance=page)
    return page


def queries_for(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response, len(queries)


def test_page_cache_second_anonymous_visit_costs_no_query(client, about):
    client.get("/")  # creates the site's settings row, which counts as a change
    first, first_queries = queries_for(client, "/om-oss/")
    second, second_queries = queries_for(client, "/om-oss/")

    assert (first.status_code, second.status_code) == (200, 200)
    assert first_queries > 0
    assert second_queries == 0
    assert second.content == first.content
    assert second["Cache-Control"] == "public, max-age=60"


def test_page_cache_publish_serves_the_change_at_once(client, about):
    client.get("/om-oss/")
    about.intro = "Andre versjon"
    about.save_revision().publish()

    response = client.get("/om-oss/")

    assert "Andre versjon" in response.text
    assert "Første versjon" not in response.text


def test_page_cache_unpublish_answers_404_at_once(client, about):
    client.get("/om-oss/")
    about.unpublish()

    assert client.get("/om-oss/").status_code == 404


def test_page_cache_setting_change_shows_in_the_footer_at_once(client, about):
    client.get("/om-oss/")
    navigation = SiteNavigation.for_site(Site.objects.get(is_default_site=True))
    navigation.footer_text = "<p>Ny bunntekst</p>"
    navigation.save()

    assert "Ny bunntekst" in client.get("/om-oss/").text


def test_page_cache_logged_in_page_is_never_served_to_others(client_as, about, tidgiver):
    as_tidgiver = client_as("tidgiver")
    personal = as_tidgiver.get("/om-oss/")
    anonymous = client_as("anonymous").get("/om-oss/")
    applicant = client_as("applicant").get("/om-oss/")

    assert "Logg ut" in personal.text
    assert personal["Cache-Control"] == "max-age=0, no-cache, no-store, must-revalidate, private"  # personal: no-store
    assert "Logg ut" not in anonymous.text
    assert "Logg inn" in anonymous.text
    assert "Logg ut" in applicant.text
    assert anonymous["Cache-Control"] == "public, max-age=60"


def test_page_cache_anonymous_copy_never_reaches_a_logged_in_visitor(client_as, about):
    client_as("anonymous").get("/om-oss/")
    client_as("anonymous").get("/om-oss/")

    assert "Logg ut" in client_as("tidgiver").get("/om-oss/").text


def test_page_cache_keeps_languages_apart(client, about, settings):
    client.get("/om-oss/")
    client.get("/en/om-oss/")

    assert '<html lang="nb">' in client.get("/om-oss/").text
    assert '<html lang="en">' in client.get("/en/om-oss/").text
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    assert client.get("/om-oss/")["Location"] == "/en/om-oss/"  # not the stored Norwegian copy


def test_page_cache_form_page_gives_a_stranger_their_own_token_cookie(client, home_page, unit):
    # The form page is kept without its token (tests/cms/test_page_cache_tokens.py); every visitor gets their own.
    _recruitment, form_page = make_recruitment_pages(home_page, unit)
    client.get(form_page.url)  # sets the CSRF cookie
    client.get(form_page.url)
    stranger = Client()

    assert stranger.get(form_page.url).cookies["csrftoken"].value != client.cookies["csrftoken"].value
    assert "csrfmiddlewaretoken" in stranger.get(form_page.url).text


def test_page_cache_query_string_is_not_served_from_cache(client, about):
    client.get("/om-oss/")
    _, queries = queries_for(client, "/om-oss/?utm=1")

    assert queries > 0


def test_page_cache_private_page_is_not_stored(client, about):
    PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.LOGIN)

    first = client.get("/om-oss/")
    _, queries = queries_for(client, "/om-oss/")

    assert first.status_code == 302
    assert queries > 0


def test_page_cache_session_cookie_skips_the_cache(client, about, settings):
    client.get("/om-oss/")
    client.cookies[settings.SESSION_COOKIE_NAME] = "whatever"
    _, queries = queries_for(client, "/om-oss/")

    assert queries > 0


def test_page_cache_off_when_setting_is_zero(client, about, settings):
    settings.PUBLIC_PAGE_CACHE_SECONDS = 0
    client.get("/om-oss/")
    _, queries = queries_for(client, "/om-oss/")

    assert queries > 0


def test_choose_language_sets_cookie_and_returns_to_page(client, about, settings):
    response = client.get("/sprak/en/?next=/om-oss/")

    # No English version: the Norwegian page under /en/ (with a note; tests/cms/test_english_pages.py).
    assert (response.status_code, response["Location"]) == (302, "/en/om-oss/")
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"


def test_choose_language_refuses_foreign_next(client, about):
    assert client.get("/sprak/en/?next=https://evil.example/")["Location"] == "/en/"  # the home page, in English


def test_choose_language_unknown_language_is_404(client, about):
    assert client.get("/sprak/de/").status_code == 404
