"""Pages in English: translations under /en/, the Norwegian page with a note where there is none, the language
switch landing on the same page, and the page cache keeping the two languages apart."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from cms.models import ContentPage, SiteNavigation
from portal.localized import publish_translation

pytestmark = pytest.mark.django_db

NOTE = "This page is not available in English yet."


@pytest.fixture
def english_home(home_page):
    return publish_translation(home_page, "en", {"title": "A completely ordinary life"})[0]


@pytest.fixture
def about(home_page):
    page = ContentPage(title="Om oss", slug="om-oss", intro="Hvem vi er")
    home_page.add_child(instance=page)
    return page


@pytest.fixture
def english_about(english_home, about):
    return publish_translation(about, "en", {"title": "About us", "slug": "about-us", "intro": "Who we are"})[0]


def test_english_page_is_served_under_the_english_address(client, english_about):
    response = client.get("/en/about-us/")

    assert response.status_code == 200
    assert '<html lang="en">' in response.text
    assert "<h1>About us</h1>" in response.text
    assert "Skip to content" in response.text
    assert NOTE not in response.text
    assert '<link rel="alternate" hreflang="en" href="/en/about-us/">' in response.text
    assert '<link rel="alternate" hreflang="nb" href="/om-oss/">' in response.text


def test_norwegian_page_keeps_its_address_and_language(client, english_about):
    response = client.get("/om-oss/")

    assert '<html lang="nb">' in response.text
    assert "<h1>Om oss</h1>" in response.text
    assert NOTE not in response.text


def test_page_without_english_version_is_norwegian_with_a_note(client, english_home, about):
    response = client.get("/en/om-oss/")

    assert response.status_code == 200
    assert '<html lang="en">' in response.text
    assert f'<p class="untranslated-note" role="note">{NOTE}</p>' in response.text
    assert '<div class="page-content" lang="nb">' in response.text
    assert "<h1>Om oss</h1>" in response.text


def test_page_under_english_address_without_any_english_home_is_norwegian_with_a_note(client, about):
    response = client.get("/en/om-oss/")

    assert response.status_code == 200
    assert NOTE in response.text


def test_norwegian_address_under_en_goes_to_the_english_version(client, english_about):
    assert client.get("/en/om-oss/")["Location"] == "/en/about-us/"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/sprak/en/?next=/om-oss/", "/en/about-us/"),
        ("/sprak/nb/?next=/en/about-us/", "/om-oss/"),
        ("/sprak/en/?next=/", "/en/"),
        ("/sprak/nb/?next=/en/", "/"),
        ("/sprak/en/?next=/min-side/", "/min-side/"),
        ("/sprak/en/?next=/finnes-ikke/", "/finnes-ikke/"),
        ("/sprak/en/?next=https://example.org/", "/en/"),
    ],
)
def test_language_switch_lands_on_the_same_page_in_that_language(client, english_about, url, expected):
    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"] == expected


def test_language_switch_to_a_page_without_translation_lands_on_the_norwegian_page_under_en(
    client, english_home, about
):
    assert client.get("/sprak/en/?next=/om-oss/")["Location"] == "/en/om-oss/"


def test_chosen_english_sends_a_norwegian_address_to_the_english_version(client, english_about, settings):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"

    assert client.get("/om-oss/")["Location"] == "/en/about-us/"
    assert client.get("/min-side/")["Location"] == "/accounts/login/?next=/min-side/"  # not a page: no prefix


def queries_for(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response, len(queries)


def test_page_cache_keeps_each_language_its_own_copy(client, english_about, settings):
    client.get("/")  # creates the site's settings row, which counts as a change
    client.get("/om-oss/")
    client.get("/en/about-us/")

    norwegian, norwegian_queries = queries_for(client, "/om-oss/")
    english, english_queries = queries_for(client, "/en/about-us/")
    assert (norwegian_queries, english_queries) == (0, 0)
    assert '<html lang="nb">' in norwegian.text
    assert '<html lang="en">' in english.text
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "nb"
    assert '<html lang="en">' in client.get("/en/about-us/").text  # the address decides, not the cookie
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    assert client.get("/om-oss/").status_code == 302  # never the stored Norwegian copy


def test_menu_links_lead_to_the_page_in_the_readers_language(client, english_about, home_page):
    nav = SiteNavigation.for_site(Site.objects.get(is_default_site=True))
    about = english_about.get_translation(home_page.locale)
    nav.menu = [("link", {"title": "Om oss", "page": about, "url": ""})]
    nav.save()

    assert '<a href="/en/about-us/">About us</a>' in client.get("/en/").text
    assert '<a href="/om-oss/">Om oss</a>' in client.get("/").text


def test_unit_page_is_translatable_and_keeps_its_unit(client, english_home, home_page, unit):
    from cms.models import UnitPage

    page = UnitPage(title="Steg for steg Drammen", slug="drammen", unit=unit, intro="Velkommen")
    home_page.add_child(instance=page)
    english, _created = publish_translation(page, "en", {"intro": "Welcome"})

    assert english.unit == unit
    assert "Welcome" in client.get("/en/drammen/").text


def test_application_form_without_english_version_posts_to_its_address_under_en(client, english_home, home_page, unit):
    from tests.volunteers.pages import make_recruitment_pages

    _recruitment, form_page = make_recruitment_pages(home_page, unit)
    response = client.get("/en" + form_page.url)

    assert response.status_code == 200
    assert f'action="/en{form_page.url}"' in response.text
    assert NOTE in response.text
