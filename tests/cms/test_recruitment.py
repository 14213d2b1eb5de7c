"""The "Bli Tidgiver" recruitment page and the application form page in the Wagtail tree."""

import pytest

from cms.models import ApplicationPage, RecruitmentPage
from tests.volunteers.pages import make_recruitment_pages

pytestmark = pytest.mark.django_db


def test_recruitment_page_shows_intro_stories_faq_and_call_to_action(client, home_page, unit):
    recruitment, form_page = make_recruitment_pages(home_page, unit)

    text = client.get(recruitment.url).text

    assert "<h1>Bli Tidgiver</h1>" in text
    assert '<p class="lead">Gi litt av tiden din.</p>' in text
    assert '<h2 id="stories-heading">Historier fra Tidgivere</h2>' in text
    assert "<figcaption>Anne</figcaption>" in text
    assert "<summary>Må jeg ha politiattest?</summary>" in text
    assert text.count(f'<a class="button" href="{form_page.url}">Søk nå</a>') == 2


def test_recruitment_page_without_form_page_has_no_button(client, home_page):
    recruitment = home_page.add_child(instance=RecruitmentPage(title="Bli Tidgiver", slug="bli"))
    assert 'class="button"' not in client.get(recruitment.url).text


def test_application_page_fixed_unit_from_unit_recruitment_page(home_page, unit):
    _recruitment, form_page = make_recruitment_pages(home_page, unit)
    assert form_page.fixed_unit() == unit


def test_application_page_on_general_recruitment_page_has_no_fixed_unit(home_page):
    _recruitment, form_page = make_recruitment_pages(home_page, None, slug="bli-med")
    assert form_page.fixed_unit() is None


def test_recruitment_page_types_allowed_in_tree():
    assert RecruitmentPage.subpage_types == ["cms.ApplicationPage"]
    assert "cms.RecruitmentPage" in ApplicationPage.parent_page_types
    assert ApplicationPage.subpage_types == []
