"""The whole journey: apply on the public site → the coordinator screens → the applicant signs the
taushetserklæring and passes the required training → the coordinator approves → Min side says "Aktiv"."""

import datetime
import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import log_in
from tests.browser.delivered import link_in_email
from tests.factories import PASSWORD, make_volunteer_role
from tests.mfa import activate_totp, current_code
from tests.volunteers.pages import make_recruitment_pages
from training.models import TrainingModulePage
from training.seed import index_page
from volunteers.enums import ApplicationState
from volunteers.models import Application, ConfidentialityDeclaration

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

QUESTION = (
    "question",
    {
        "question": "Hvem setter målene for samarbeidet?",
        "kind": "single",
        "choices": [{"text": "Deltakeren", "correct": True}, {"text": "Tidgiveren", "correct": False}],
        "explanation": "Deltakeren er eksperten på sitt eget liv.",
    },
)


def required_module(role):
    module = TrainingModulePage(
        title="Recovery og empowerment",
        slug="recovery",
        body=[("text", "<p>Deltakeren eier målene.</p>"), QUESTION],
        required_before_approval=True,
        pass_mark_percent=100,
    )
    module.roles = [role]
    index_page().add_child(instance=module)
    module.save_revision().publish()
    return TrainingModulePage.objects.get(pk=module.pk)


def apply_on_public_site(page, form_url):
    page.goto(form_url)
    page.get_by_label("Fornavn").fill("Siri")
    page.get_by_label("Etternavn").fill("Hansen")
    page.get_by_label("Mobilnummer", exact=True).fill("412 34 567")
    page.get_by_label("E-post", exact=True).fill("siri.hansen@example.org")
    page.get_by_label("Postnummer").fill("3015")
    page.get_by_label("Poststed").fill("Drammen")
    page.get_by_label("Fødselsdato").fill("1990-05-17")
    page.get_by_label("Hvor vil du være Tidgiver?").select_option(label="Drammen")
    page.get_by_label("Hva slags Tidgiver vil du være?").select_option(label="Aktivitetsvenn")
    page.get_by_label("Kultur").check()
    page.get_by_label("Jeg har lest personvernerklæringen og godtar at dere lagrer søknaden min.").check()
    page.get_by_role("button", name="Send søknad").click()
    expect(page).to_have_url(re.compile(r"/kvittering/$"))


def choose_password_from_receipt_email(page):
    page.goto(link_in_email("siri.hansen@example.org", "Takk for søknaden din"))
    page.get_by_label(re.compile(r"^Nytt passord:?$")).fill(PASSWORD)
    page.get_by_label(re.compile(r"^Nytt passord \(igjen\):?$")).fill(PASSWORD)
    page.get_by_role("button", name="Lagre passordet og logg inn").click()
    expect(page).to_have_url(re.compile(r"/min-side/$"))


def coordinator_page(browser, live_server, coordinator):
    secret = activate_totp(coordinator)
    context = browser.new_context(base_url=live_server.url, locale="nb-NO")
    context.set_default_timeout(15_000)
    page = context.new_page()
    page.console_errors = []
    page.on("console", lambda message: message.type == "error" and page.console_errors.append(message.text))
    page.on("response", lambda response: response.status >= 400 and page.console_errors.append(response.url))
    log_in(page, coordinator.email, PASSWORD)
    page.get_by_label("Kode").fill(current_code(secret))
    page.get_by_role("button", name="Logg inn").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))
    return page


def press(page, button_name, expected_status):
    page.get_by_role("button", name=button_name, exact=True).click()
    expect(page.locator('[data-section="status"] .w-status').first).to_have_text(expected_status)


def test_screening_journey_from_application_to_active_tidgiver(
    page, browser, live_server, home_page, unit, coordinator
):
    role = make_volunteer_role("Aktivitetsvenn", slug="aktivitetsvenn")
    _recruitment, form_page = make_recruitment_pages(home_page)
    ConfidentialityDeclaration.objects.create(text="Jeg bevarer taushet om det jeg får vite om deltakerne.")
    module = required_module(role)

    # The applicant applies and chooses a password from the receipt e-mail.
    apply_on_public_site(page, form_page.url)
    choose_password_from_receipt_email(page)
    application = Application.objects.get()
    assert (application.state, application.unit, application.volunteer_role) == (ApplicationState.RECEIVED, unit, role)

    # The coordinator (with TOTP) finds the application, contacts the applicant and records the conversation.
    admin = coordinator_page(browser, live_server, coordinator)
    admin.get_by_role("link", name="Søknader", exact=True).click()
    admin.get_by_role("link", name="Siri Hansen").click()
    expect(admin.get_by_role("heading", level=1)).to_contain_text("Siri Hansen")
    press(admin, "Merk som kontaktet", "Kontaktet")
    # Moving on without a booked conversation asks first; recording the conversation moves the state itself.
    admin.get_by_test_id("confirm-conversation_booked").locator("summary").click()
    expect(admin.get_by_text("Ingen samtale er avtalt ennå. Vil du gå videre likevel?")).to_be_visible()
    conversation = admin.locator('[data-section="conversation"]')
    conversation.get_by_label("Gjennomført dato").fill(datetime.date.today().isoformat())
    conversation.get_by_label("Notater fra samtalen").fill("God samtale. Liker kultur og fotball.")
    conversation.get_by_role("button", name="Lagre samtale").click()
    expect(admin.locator('[data-kind="conversation"]')).to_have_attribute("data-done", "yes")
    expect(admin.locator('[data-section="status"] .w-status').first).to_have_text("Samtale gjennomført")

    references = admin.locator('[data-section="references"]')
    references.get_by_label("Navn").fill("Per Hansen")
    references.get_by_label("Relasjon").fill("Tidligere leder")
    references.get_by_label("Telefon eller e-post").fill("+47 900 00 000")
    references.get_by_label("Resultat").select_option(label="Positiv")
    references.get_by_role("button", name="Legg til referanse").click()
    expect(admin.locator('[data-kind="references"]')).to_have_attribute("data-done", "yes")
    press(admin, "Videre: Referanser", "Referanser")
    press(admin, "Videre: Erklæringer", "Erklæringer")

    # The applicant signs the taushetserklæring on Min side and passes the required training.
    page.goto("/min-side/")
    page.get_by_role("link", name="Les og signer taushetserklæringen").click()
    page.get_by_label("Jeg har lest taushetserklæringen og vil følge den.").check()
    page.get_by_label("Ditt fulle navn").fill("Siri Hansen")
    page.get_by_role("button", name="Signer").click()
    expect(page.get_by_text("Takk! Taushetserklæringen er signert.")).to_be_visible()
    page.get_by_role("link", name=module.title).click()
    page.get_by_label("Deltakeren").check()
    page.get_by_role("button", name="Send inn svarene").click()
    expect(page.get_by_role("status")).to_contain_text("Bestått")

    # The coordinator sees a complete checklist, moves on and approves.
    admin.reload()
    for kind in ("conversation", "references", "confidentiality", "training"):
        expect(admin.locator(f'[data-kind="{kind}"]')).to_have_attribute("data-done", "yes")
    expect(admin.locator('[data-kind="police_certificate"]')).to_have_count(0)
    press(admin, "Videre: Klar", "Klar")
    expect(admin.locator("[data-missing]")).to_have_count(0)
    press(admin, "Godkjenn", "Godkjent")
    expect(admin.locator('[data-event-kind="transition"]')).to_have_count(7)
    admin.goto("/admin/applications/?state=approved")
    expect(admin.get_by_role("link", name="Siri Hansen")).to_be_visible()
    # Our content security policy must not break the screening pages.
    assert admin.console_errors == [], admin.console_errors

    # The new Tidgiver sees "Aktiv" on Min side.
    page.goto("/min-side/")
    expect(page.get_by_test_id("volunteer-status")).to_have_text("Aktiv")
    expect(page.get_by_text("Du er Tidgiver i Drammen.")).to_be_visible()


def test_coordinator_marks_two_applications_contacted_from_the_listing(page, browser, live_server, unit, coordinator):
    from tests.volunteers.conftest import make_application

    first = make_application(unit, first_name="Anne", last_name="Andersen")
    second = make_application(unit, first_name="Bjørn", last_name="Berg")
    admin = coordinator_page(browser, live_server, coordinator)
    admin.goto("/admin/applications/")
    for application in (first, second):
        admin.locator(f'input[data-object-id="{application.pk}"]').check()
    admin.get_by_role("link", name="Merk de valgte søknadene som kontaktet").click()
    expect(admin.locator("[data-bulk-movable] li")).to_have_count(2)
    admin.get_by_role("button", name="Ja, flytt dem").click()
    expect(admin).to_have_url(re.compile(r"/admin/applications/"))
    expect(admin.get_by_text("2 søknader flyttet til «Kontaktet».")).to_be_visible()
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.state, second.state) == (ApplicationState.CONTACTED, ApplicationState.CONTACTED)
    assert admin.console_errors == [], admin.console_errors
