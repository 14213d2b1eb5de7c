import datetime

import pytest

from cms.models import ContentPage, FaqPage, NewsIndexPage, NewsPage, UnitPage

pytestmark = pytest.mark.django_db


def test_home_page_renders_in_norwegian(client, home_page):
    response = client.get("/")
    assert response.status_code == 200
    assert '<html lang="nb">' in response.text
    assert "Hopp til innholdet" in response.text
    assert "<h1>Et helt vanlig liv</h1>" in response.text


def test_unit_page_shows_contact(client, home_page, unit):
    unit.contact_email = "drammen@example.org"
    unit.save()
    home_page.add_child(instance=UnitPage(title="Steg for steg Drammen", slug="drammen", unit=unit))
    response = client.get("/drammen/")
    assert response.status_code == 200
    assert 'href="mailto:drammen@example.org"' in response.text
    assert "<h2>Kontakt</h2>" in response.text


def test_faq_page_shows_questions_as_details(client, home_page):
    home_page.add_child(
        instance=FaqPage(
            title="Spørsmål og svar",
            slug="faq",
            questions=[("faq", {"question": "Koster det noe?", "answer": "<p>Nei, det er gratis.</p>"})],
        )
    )
    response = client.get("/faq/")
    assert "<summary>Koster det noe?</summary>" in response.text
    assert "Nei, det er gratis." in response.text


def test_news_index_lists_newest_first(client, home_page):
    index = home_page.add_child(instance=NewsIndexPage(title="Historier", slug="historier"))
    index.add_child(instance=NewsPage(title="Eldre", slug="eldre", date=datetime.date(2026, 1, 1)))
    index.add_child(instance=NewsPage(title="Nyere", slug="nyere", date=datetime.date(2026, 6, 1)))
    text = client.get("/historier/").text
    assert text.index("Nyere") < text.index("Eldre")


def test_content_page_and_menu_from_settings(client, home_page):
    from wagtail.models import Site

    from cms.models import SiteNavigation

    about = home_page.add_child(instance=ContentPage(title="Om oss", slug="om", intro="Hvem vi er."))
    nav = SiteNavigation.for_site(Site.objects.get(is_default_site=True))
    nav.menu = [("link", {"title": "Om oss", "page": about, "url": ""})]
    nav.footer_text = "<p>Gratis og uten henvisning.</p>"
    nav.save()
    response = client.get("/om/")
    assert '<a href="/om/">Om oss</a>' in response.text
    assert "Gratis og uten henvisning." in response.text
    assert '<p class="lead">Hvem vi er.</p>' in response.text
