"""Unit pages show how to reach the unit and lead to the form; the home page's "Bli Tidgiver" has a button."""

from io import StringIO

import pytest
from django.core.management import call_command

from cms.models import UnitPage
from tests.volunteers.conftest import form_data
from tests.volunteers.pages import make_recruitment_pages

pytestmark = pytest.mark.django_db


@pytest.fixture
def drammen(unit):
    unit.contact_phone, unit.contact_email = "+4732000000", "drammen@example.org"
    unit.save()
    return unit


def make_unit_page(home_page, unit):
    return home_page.add_child(
        instance=UnitPage(
            title="Steg for steg Drammen",
            slug="drammen",
            unit=unit,
            address="Tollbugata 12\n3044 Drammen",
            contact_person="Kari Koordinator, Tidgiverkoordinator",
        )
    )


def test_unit_page_shows_phone_the_norwegian_way_contact_person_and_address(client, home_page, drammen):
    make_unit_page(home_page, drammen)

    text = client.get("/drammen/").text

    assert 'Telefon: <a href="tel:+4732000000">32 00 00 00</a>' in text
    assert "<p>Kari Koordinator, Tidgiverkoordinator</p>" in text
    assert "<p>Tollbugata 12<br>3044 Drammen</p>" in text


def test_unit_page_button_leads_to_the_common_form_with_the_unit_chosen(client, home_page, drammen):
    _recruitment, form_page = make_recruitment_pages(home_page, None)
    make_unit_page(home_page, drammen)

    text = client.get("/drammen/").text
    form = client.get(f"{form_page.url}?enhet=drammen").text

    assert f'<a class="button" href="{form_page.url}?enhet=drammen">Søk som Tidgiver i Drammen</a>' in text
    assert f'<option value="{drammen.pk}" selected>Drammen</option>' in form


def test_unit_page_button_prefers_the_units_own_form(client, home_page, drammen):
    make_recruitment_pages(home_page, None)
    _own, own_form = make_recruitment_pages(home_page, drammen, slug="bli-tidgiver-drammen")
    make_unit_page(home_page, drammen)

    assert f'<a class="button" href="{own_form.url}">Søk som Tidgiver i Drammen</a>' in client.get("/drammen/").text


def test_unit_page_without_any_form_has_no_button(client, home_page, drammen):
    make_unit_page(home_page, drammen)

    assert "Søk som Tidgiver" not in client.get("/drammen/").text


def test_receipt_shows_the_units_phone_and_email(client, home_page, drammen):
    _recruitment, form_page = make_recruitment_pages(home_page, drammen)
    client.post(form_page.url, form_data())

    text = client.get(form_page.url + "kvittering/").text

    assert "Lurer du på noe? Kontakt steg for steg Drammen:" in text
    assert '<a href="tel:+4732000000">32 00 00 00</a>' in text
    assert '<a href="mailto:drammen@example.org">drammen@example.org</a>' in text


def test_demo_home_page_become_tidgiver_block_has_a_button(client):
    call_command("seed_demo", stdout=StringIO())

    text = client.get("/").text

    assert '<a class="button" href="/bli-tidgiver/">Bli Tidgiver</a>' in text
