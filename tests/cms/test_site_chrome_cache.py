"""The menu and footer are cached for logged-in pages too; a saved navigation setting shows at once."""

import pytest
from wagtail.models import Site

from cms.models import SiteNavigation

pytestmark = pytest.mark.django_db


def _menu(title):
    return [("link", {"title": title, "page": None, "url": f"https://example.org/{title.lower()}"})]


def test_menu_change_shows_at_once_on_a_logged_in_page(client, tidgiver, home_page):
    nav = SiteNavigation.for_site(Site.objects.get(is_default_site=True))
    nav.menu = _menu("Gammel")
    nav.save()
    client.force_login(tidgiver)
    assert "Gammel" in client.get("/min-side/").text
    assert "Gammel" in client.get("/min-side/").text  # from the cache now

    nav.menu = _menu("Ny")
    nav.save()
    text = client.get("/min-side/").text

    assert "https://example.org/ny" in text
    assert "Gammel" not in text
