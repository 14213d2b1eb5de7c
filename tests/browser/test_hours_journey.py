"""Hours on a 360 px phone: the Tidgiver logs 1,5 hours and 12 km for their match, the coordinator approves it
in the queue, the amount is in the payout export and the hours are in the funder report."""

import pytest
from playwright.sync_api import expect

from portal.org.enums import Role
from tests import factories
from tests.browser.conftest import log_in
from tests.factories import PASSWORD
from volunteers.hours.models import HourEntry
from volunteers.matching.models import Match
from volunteers.models import Volunteer

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PHONE = {"width": 360, "height": 740}


def staff_context(browser, live_server, user):
    from django.conf import settings
    from django.test import Client

    from tests.mfa import log_in_with_mfa

    client = Client()
    log_in_with_mfa(client, user)
    context = browser.new_context(base_url=live_server.url, locale="nb-NO", viewport=PHONE)
    context.set_default_timeout(15_000)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": live_server.url}])
    return context


def test_hours_journey_on_a_phone(browser, live_server, home_page):
    unit = factories.make_unit("Drammen", slug="drammen")
    tone = factories.make_member(unit, Role.TIDGIVER, first_name="Tone", email="tone@example.org")
    volunteer = Volunteer.objects.create(user=tone, unit=unit)
    participant = factories.make_participant(unit, display_name="Ali")
    Match.objects.create(unit=unit, participant=participant, volunteer=volunteer)
    coordinator = factories.make_member(unit, Role.COORDINATOR, first_name="Kari", email="kari@example.org")

    context = browser.new_context(base_url=live_server.url, locale="nb-NO", viewport=PHONE)
    context.set_default_timeout(15_000)
    phone = context.new_page()
    log_in(phone, "tone@example.org", PASSWORD)
    phone.goto("/min-side/")
    phone.get_by_test_id("log-hours").click()
    expect(phone.get_by_label("Ali")).to_be_checked()
    phone.get_by_label("Timer", exact=True).fill("1,5")
    phone.get_by_text("Kjøring og utlegg").click()
    phone.get_by_label("Kjørte km").fill("12")
    phone.get_by_test_id("save-hours").click()
    expect(phone.get_by_test_id("hours-week")).to_have_text("1,5 t")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    context.close()
    entry = HourEntry.objects.get()
    assert (entry.match.participant, entry.quarters, entry.km) == (participant, 6, 12)

    staff = staff_context(browser, live_server, coordinator)
    office = staff.new_page()
    office.goto("/admin/hour_entries/")
    office.locator(f'input[data-object-id="{entry.pk}"]').check()
    office.get_by_role("link", name="Godkjenn").click()
    office.get_by_role("button", name="Ja, fortsett").click()
    expect(office.get_by_text("1 timeføring godkjent.")).to_be_visible()
    entry.refresh_from_db()
    assert (entry.state, str(entry.reimbursement)) == ("approved", "42.00")

    export = office.request.get("/admin/hour_entries/?export=csv&state=approved")
    assert ",Ali,1.5,12,0,3.50,42.00," in export.text()
    office.goto("/admin/hour-reports/funder/")
    row = office.locator("tr", has_text="Timer med en match eller på aktiviteter (godkjent)")
    expect(row).to_contain_text("1,50")
    staff.close()
