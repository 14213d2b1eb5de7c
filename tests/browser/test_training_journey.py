import re

import pytest
from django.utils import timezone
from django.utils.formats import date_format
from playwright.sync_api import expect

from portal.org.enums import Role
from tests import factories
from tests.browser.conftest import log_in
from tests.factories import PASSWORD
from tests.mfa import activate_totp, current_code
from tests.training.conftest import MULTIPLE, SINGLE
from tests.volunteers.conftest import make_application
from training.api import required_complete
from training.models import TrainingModulePage
from training.seed import index_page
from volunteers.domain.checklist import checklist_for
from volunteers.enums import ChecklistItemKind

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def training_module(home_page):
    module = TrainingModulePage(
        title="Grensesetting",
        slug="grensesetting",
        intro="Trygge rammer for deg og deltakeren.",
        body=[("heading", "Penger"), ("text", "<p>Du låner ikke ut penger.</p>"), SINGLE, MULTIPLE],
    )
    index_page().add_child(instance=module)
    module.save_revision().publish()
    return module


def training_item(application):
    return next(item for item in checklist_for(application) if item.kind == ChecklistItemKind.TRAINING)


def test_applicant_fails_then_passes_and_coordinator_sees_it(page, unit, training_module):
    application = make_application(unit, email="siri.soker@example.org")
    applicant = application.user
    assert applicant.memberships.get().role == Role.APPLICANT
    assert training_item(application).done is False
    errors = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))

    log_in(page, applicant.email, PASSWORD)
    expect(page).to_have_url(re.compile(r"/min-side/$"))
    page.get_by_role("link", name="Grensesetting").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Grensesetting")
    expect(page.get_by_role("heading", name="Penger")).to_be_visible()

    # First attempt: one wrong answer and one half-right multiple choice.
    page.get_by_label("Tidgiveren", exact=True).check()
    page.get_by_label("113", exact=True).check()
    page.get_by_role("button", name="Send inn svarene").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Svarene dine")
    expect(page.get_by_role("status")).to_contain_text("Ikke bestått")
    expect(page.get_by_text("Deltakeren er eksperten på sitt eget liv.")).to_be_visible()
    expect(page.get_by_text("113 er ambulanse og 112 politi.", exact=False)).to_be_visible()
    expect(page.get_by_role("heading", name="Les disse en gang til")).to_be_visible()
    expect(page.get_by_text("(riktig svar)")).to_have_count(0)
    expect(page.get_by_text("(ditt svar)")).to_have_count(0)
    assert required_complete(applicant) is False

    # Second attempt passes.
    page.get_by_role("link", name="Prøv igjen").click()
    page.get_by_label("Deltakeren", exact=True).check()
    page.get_by_label("113", exact=True).check()
    page.get_by_label("112", exact=True).check()
    page.get_by_role("button", name="Send inn svarene").click()
    expect(page.get_by_role("status")).to_contain_text("Bestått")
    expect(page.get_by_role("status")).to_contain_text("2 av 2 riktige (100 %)")
    expect(page.get_by_text("(riktig svar)")).to_have_count(3)
    expect(page.get_by_text("Deltakeren er eksperten på sitt eget liv.")).to_be_visible()
    assert required_complete(applicant) is True
    assert training_item(application).done is True
    assert errors == [], errors

    # The coordinator's matrix shows the pass with today's date.
    page.get_by_role("button", name="Logg ut").click()
    coordinator = factories.make_member(unit, Role.COORDINATOR, email="koord@example.org")
    secret = activate_totp(coordinator)
    log_in(page, coordinator.email, PASSWORD)
    page.get_by_label("Kode").fill(current_code(secret))
    page.get_by_role("button", name="Logg inn").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))
    page.goto("/admin/training/")
    today = date_format(timezone.localdate(), "SHORT_DATE_FORMAT")
    row = page.get_by_role("row").filter(has_text=applicant.get_full_name())
    expect(row).to_contain_text(f"Bestått {today}")
