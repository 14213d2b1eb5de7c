"""An English-speaking Tidgiver switches the portal to English, reads a training module in English and passes
its quiz in English; the pass counts for the module (issue 12, "Content in English")."""

import re

import pytest
from playwright.sync_api import expect

from portal.localized import publish_translation
from portal.org.enums import Role
from tests import factories
from tests.browser.conftest import log_in
from tests.factories import PASSWORD
from tests.training.conftest import MULTIPLE, SINGLE
from tests.training.english import ENGLISH_QUESTIONS
from training.api import required_complete
from training.models import ModuleProgress, TrainingModulePage
from training.seed import index_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ENGLISH_BODY = [
    ("heading", "Money"),
    ("text", "<p>You do not lend money to the participant.</p>"),
    *ENGLISH_QUESTIONS,
]


@pytest.fixture
def english_module(home_page):
    index = index_page()
    module = TrainingModulePage(
        title="Grensesetting",
        slug="grensesetting",
        intro="Trygge rammer for deg og deltakeren.",
        body=[("heading", "Penger"), ("text", "<p>Du låner ikke ut penger.</p>"), SINGLE, MULTIPLE],
    )
    index.add_child(instance=module)
    module.save_revision().publish()
    publish_translation(home_page, "en", {"title": "A completely ordinary life"})
    publish_translation(index, "en", {"title": "Training for Tidgivers", "slug": "training"})
    english, _created = publish_translation(
        module,
        "en",
        {
            "title": "Setting boundaries",
            "slug": "setting-boundaries",
            "intro": "A safe framework for you and the participant.",
            "body": ENGLISH_BODY,
        },
    )
    return module, english


@pytest.mark.parametrize("width", [1280, 360])
def test_english_speaking_tidgiver_passes_a_module_in_english(page, unit, english_module, width):
    module, _english = english_module
    tidgiver = factories.make_member(unit, Role.TIDGIVER, first_name="Sam", email="sam@example.org")
    page.set_viewport_size({"width": width, "height": 900})
    errors = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))

    log_in(page, tidgiver.email, PASSWORD)
    expect(page).to_have_url(re.compile(r"/min-side/$"))
    page.get_by_role("navigation", name="Språk").get_by_role("link", name="English").click()
    expect(page).to_have_url(re.compile(r"/min-side/$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")

    page.get_by_role("link", name="Setting boundaries").click()
    expect(page).to_have_url(re.compile(r"/en/training/setting-boundaries/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Setting boundaries")
    expect(page.get_by_role("heading", name="Money")).to_be_visible()
    expect(page.get_by_text("You do not lend money to the participant.")).to_be_visible()
    expect(page.get_by_text("This page is not available in English yet.")).to_have_count(0)
    expect(page.get_by_text("Hvem setter målene?")).to_have_count(0)

    page.get_by_label("The participant", exact=True).check()
    page.get_by_label("113", exact=True).check()
    page.get_by_label("112", exact=True).check()
    page.get_by_role("button", name="Submit answers").click()

    expect(page).to_have_url(re.compile(r"/en/training/setting-boundaries/forsok/\d+/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Your answers")
    expect(page.get_by_role("status")).to_contain_text("Passed")
    expect(page.get_by_role("status")).to_contain_text("2 of 2 right (100 %)")
    expect(page.get_by_text("The participant is the expert on their own life.")).to_be_visible()
    assert required_complete(tidgiver) is True
    assert list(ModuleProgress.objects.values_list("module_id", flat=True)) == [module.pk]

    page.get_by_role("link", name="All modules").click()
    expect(page).to_have_url(re.compile(r"/en/training/$"))
    expect(page.get_by_role("heading", name="Setting boundaries")).to_be_visible()
    assert errors == [], errors
