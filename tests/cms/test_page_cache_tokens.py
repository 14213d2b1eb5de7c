"""A cache hit touches no session; the application form comes from the cache with each visitor's own token."""

import re
import time
from unittest import mock

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from cms.models import ContentPage
from cms.page_cache import VERSION_KEY
from portal.org.models import VolunteerRole
from tests.volunteers.conftest import form_data
from tests.volunteers.pages import make_recruitment_pages
from volunteers.models import Application

pytestmark = pytest.mark.django_db

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@pytest.fixture
def about(home_page):
    page = ContentPage(title="Om oss", slug="om-oss", intro="Første versjon")
    home_page.add_child(instance=page)
    return page


@pytest.fixture
def form_url(home_page, unit):
    _recruitment, form_page = make_recruitment_pages(home_page, unit)
    Client().get("/")  # creates the site's settings row, which counts as a change
    return form_page.url


def get(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response, len(queries)


def token_of(response):
    return TOKEN.search(response.text).group(1)


def test_page_cache_hit_never_reads_or_sets_a_session(client, about):
    client.get("/")
    client.get("/om-oss/")
    hit, queries = get(client, "/om-oss/")

    assert (hit.status_code, queries) == (200, 0)
    assert not hasattr(hit.wsgi_request, "session")  # the session middleware never ran
    assert not hasattr(hit.wsgi_request, "user")
    assert dict(hit.cookies) == {}
    assert hit["Content-Length"] == str(len(hit.content))
    assert hit["Vary"] == "Accept-Language, Cookie"


def test_application_form_second_visitor_is_served_from_cache_with_own_token(form_url):
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    rendered, rendered_queries = get(first, form_url)
    cached, cached_queries = get(second, form_url)

    assert (rendered.status_code, cached.status_code) == (200, 200)
    assert rendered_queries > 0
    assert cached_queries == 0
    assert token_of(rendered) != token_of(cached)
    assert token_of(rendered) not in cached.text
    assert first.cookies["csrftoken"].value != second.cookies["csrftoken"].value
    assert "csrf-token-slot" not in cached.text
    assert cached.text.replace(token_of(cached), "T") == rendered.text.replace(token_of(rendered), "T")
    assert cached["Cache-Control"] == "private, no-cache"
    assert cached["Content-Length"] == str(len(cached.content))


def test_application_form_from_cache_posts_with_own_token(form_url):
    Client().get(form_url)
    visitor = Client(enforce_csrf_checks=True)
    page = visitor.get(form_url)

    response = visitor.post(form_url, {**form_data(), "csrfmiddlewaretoken": token_of(page)})

    assert response.status_code == 302
    assert response["Location"] == form_url + "kvittering/"
    assert Application.objects.get().email == "siri.hansen@example.org"


def test_application_form_token_of_another_visitor_is_refused(form_url):
    other = Client(enforce_csrf_checks=True)
    others_token = token_of(other.get(form_url))
    visitor = Client(enforce_csrf_checks=True)
    visitor.get(form_url)

    response = visitor.post(form_url, {**form_data(), "csrfmiddlewaretoken": others_token})

    assert response.status_code == 403
    assert not Application.objects.exists()


def test_application_form_returning_visitor_keeps_their_csrf_cookie(form_url):
    visitor = Client(enforce_csrf_checks=True)
    visitor.get(form_url)
    cookie = visitor.cookies["csrftoken"].value
    again, queries = get(visitor, form_url)

    assert queries == 0
    assert again.cookies["csrftoken"].value == cookie
    response = visitor.post(form_url, {**form_data(), "csrfmiddlewaretoken": token_of(again)})
    assert response.status_code == 302


def test_application_form_logged_in_visitor_gets_own_page_not_the_cached_one(client_as, form_url):
    Client().get(form_url)
    Client().get(form_url)

    personal = client_as("tidgiver").get(form_url)

    assert "Logg ut" in personal.text
    assert "csrf-token-slot" not in personal.text
    assert personal["Cache-Control"] == "max-age=0, no-cache, no-store, must-revalidate, private"


def test_application_form_new_volunteer_role_shows_at_once(form_url, unit):
    Client().get(form_url)
    VolunteerRole.objects.create(name="Turvenn")

    assert "Turvenn" in Client().get(form_url).text


def test_page_cache_worker_copy_answers_without_reading_the_cache(client, about, monkeypatch):
    now = time.monotonic()
    monkeypatch.setattr(time, "monotonic", lambda: now)  # all within the second of one version check
    client.get("/")
    client.get("/om-oss/")  # rendered, stored, kept by this worker
    with mock.patch.object(cache, "get", wraps=cache.get) as get_, mock.patch.object(cache, "get_many") as many:
        hit = client.get("/om-oss/")

    assert hit.status_code == 200
    assert "Første versjon" in hit.text
    assert (get_.call_count, many.call_count) == (0, 0)


def test_page_cache_change_from_another_worker_shows_within_the_version_check(client, about, monkeypatch):
    now = time.monotonic()
    monkeypatch.setattr(time, "monotonic", lambda: now)
    client.get("/")
    client.get("/om-oss/")
    # Another worker or host publishes: the version in the shared cache moves, this worker is not told.
    ContentPage.objects.filter(pk=about.pk).update(intro="Andre versjon")
    cache.incr(VERSION_KEY)

    within_the_second = client.get("/om-oss/").text
    monkeypatch.setattr(time, "monotonic", lambda: now + 1.5)

    assert "Første versjon" in within_the_second
    assert "Andre versjon" in client.get("/om-oss/").text


def test_application_form_with_unit_chosen_in_the_address_comes_from_cache(form_url, home_page, other_unit):
    from tests.volunteers.pages import make_recruitment_pages as pages

    _recruitment, common_form = pages(home_page, None, slug="bli-med")
    address = f"{common_form.url}?enhet={other_unit.slug}"
    Client().get(address)
    cached, queries = get(Client(), address)

    assert (cached.status_code, queries) == (200, 0)
    assert f'<option value="{other_unit.pk}" selected>' in cached.text


def test_application_form_unknown_unit_in_the_address_is_never_stored(home_page):
    _recruitment, common_form = make_recruitment_pages(home_page, None, slug="bli-med")
    Client().get("/")
    Client().get(f"{common_form.url}?enhet=finnes-ikke")
    _, queries = get(Client(), f"{common_form.url}?enhet=finnes-ikke")

    assert queries > 0
