"""On a phone (360 px): someone sends the form again with the applicant's e-mail; nothing changes until the
applicant confirms from their own e-mail. Then the applicant reads their data on Min side and asks to be deleted."""

import re

import pytest
from playwright.sync_api import expect

from portal.privacy.models import ErasureRequest
from tests.browser.conftest import log_in
from tests.browser.delivered import link_in_email
from tests.factories import PASSWORD
from tests.volunteers.conftest import form_data, make_application
from tests.volunteers.pages import make_recruitment_pages
from volunteers.models import Application

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_resubmission_waits_for_the_email_link_then_data_and_deletion_on_minside(page, home_page, unit, client):
    _recruitment, form_page = make_recruitment_pages(home_page, unit)
    application = make_application(unit, email="siri.hansen@example.org", motivation="Jeg vil gi noe tilbake.")
    application.user.set_password(PASSWORD)
    application.user.save()
    page.set_viewport_size({"width": 360, "height": 780})

    # Someone posts the form with Siri's e-mail: the receipt page is the ordinary one, and nothing changes.
    client.post(form_page.url, form_data(email="siri.hansen@example.org", motivation="Nå har jeg bedre tid."))
    application.refresh_from_db()
    assert application.motivation == "Jeg vil gi noe tilbake."

    # Siri opens the link in her own e-mail, sees the change, and confirms it.
    page.goto(link_in_email("siri.hansen@example.org", "Bekreft endringene i søknaden din"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Bekreft endringene i søknaden din")
    expect(page.get_by_role("cell", name="Nå har jeg bedre tid.")).to_be_visible()
    page.get_by_role("button", name="Oppdater søknaden min").click()
    expect(page.get_by_text("Takk! Søknaden din er oppdatert med de nye svarene.")).to_be_visible()
    assert Application.objects.get().motivation == "Nå har jeg bedre tid."

    # On Min side she reads what we hold about her, then asks to be deleted.
    log_in(page, "siri.hansen@example.org", PASSWORD)
    expect(page).to_have_url(re.compile(r"/min-side/$"))
    page.get_by_role("link", name="Se mine data").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mine data")
    expect(page.get_by_text("Nå har jeg bedre tid.").first).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.goto("/min-side/")
    page.get_by_role("link", name="Be om sletting").click()
    page.get_by_role("button", name="Slett meg").click()
    expect(page).to_have_url(re.compile(r"/min-side/$"))
    expect(page.get_by_text("Vi har fått forespørselen din.")).to_be_visible()
    assert ErasureRequest.objects.get().user == application.user
