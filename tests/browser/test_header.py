"""The header with the demo's full menu: "Logg ut" stays on one line and level with the links beside it."""

import pytest
from playwright.sync_api import expect
from wagtail.models import Site

from cms.models import ContentPage, SiteNavigation
from tests.browser.conftest import log_in
from tests.factories import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DEMO_MENU = ["Om steg for steg", "Bli Tidgiver", "Steg for steg Drammen", "Steg for steg Oslo", "Spørsmål og svar"]


@pytest.fixture
def demo_menu(home_page):
    pages = [
        home_page.add_child(instance=ContentPage(title=title, slug=f"side-{number}"))
        for number, title in enumerate(DEMO_MENU + ["Historier"])
    ]
    nav = SiteNavigation.for_site(Site.objects.get(is_default_site=True))
    nav.menu = [("link", {"title": page.title, "page": page, "url": ""}) for page in pages]
    nav.save()


@pytest.mark.parametrize("width", [1280, 360])
def test_header_log_out_on_one_line_level_with_my_page(page, tidgiver, demo_menu, width):
    page.set_viewport_size({"width": width, "height": 800})
    log_in(page, tidgiver.email, PASSWORD)
    my_page = page.locator(".site-header").get_by_role("link", name="Min side")
    log_out = page.locator(".site-header").get_by_role("button", name="Logg ut")
    expect(log_out).to_be_visible()

    mine, out = my_page.bounding_box(), log_out.bounding_box()
    centre = {name: box["y"] + box["height"] / 2 for name, box in (("mine", mine), ("out", out))}

    assert out["height"] < 1.5 * mine["height"], (mine, out)  # one line of text, not wrapped
    assert abs(centre["out"] - centre["mine"]) <= 2, (mine, out)  # level with "Min side", not lower
    if width == 1280:
        first_link = page.locator(".site-header .menu a").first.bounding_box()
        assert abs(first_link["y"] + first_link["height"] / 2 - centre["out"]) <= 2, "one row at 1280 px"
