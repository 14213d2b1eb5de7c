"""The seeded Norwegian modules: loaded once, private, and every quiz can be passed with its right answers."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import PageViewRestriction, Site

from tests.training.conftest import quiz_token, right_answers
from training.domain.quiz import questions_of
from training.models import QuizAttempt, TrainingIndexPage, TrainingModulePage

pytestmark = pytest.mark.django_db

SEEDED = [
    ("Recovery og empowerment", 6),
    ("Grensesetting", 6),
    ("Taushetsplikt og personvern", 6),
    ("Når noe skjer – krise og førstehjelp", 7),
    ("Rollen som Tidgiver i steg for steg", 6),
    ("Hverdagskompetanse og nettverk", 5),
]


@pytest.fixture
def seeded(home_page):
    out = StringIO()
    call_command("seed_training", stdout=out)
    return out.getvalue()


def test_seed_training_creates_six_private_modules_under_the_home_page(seeded, home_page):
    index = TrainingIndexPage.objects.get()
    assert index.get_parent().specific == home_page
    assert index.url == "/opplaering/"
    assert PageViewRestriction.objects.filter(page=index, restriction_type="login").exists()
    modules = TrainingModulePage.objects.live().order_by("path")
    assert [(m.title, len(questions_of(m))) for m in modules] == SEEDED
    assert "Når noe skjer – krise og førstehjelp: 7 questions (created)" in seeded


def test_seed_training_is_idempotent(seeded):
    out = StringIO()
    call_command("seed_training", stdout=out)
    assert TrainingModulePage.objects.count() == 6
    assert TrainingIndexPage.objects.count() == 1
    assert "Training: 0 module(s) created." in out.getvalue()
    assert "Grensesetting: 6 questions (already there)" in out.getvalue()


def test_seed_training_keeps_editors_changes(seeded):
    TrainingModulePage.objects.filter(slug="grensesetting").update(title="Grenser")
    call_command("seed_training", stdout=StringIO())
    assert TrainingModulePage.objects.filter(title="Grenser").count() == 1
    assert TrainingModulePage.objects.filter(slug="grensesetting").count() == 1


def test_seed_training_settings_and_roles(seeded):
    modules = {m.slug: m for m in TrainingModulePage.objects.all()}
    crisis, everyday = modules["krise-og-forstehjelp"], modules["hverdagskompetanse-og-nettverk"]
    assert (crisis.pass_mark_percent, crisis.refresh_interval_months, crisis.required_before_approval) == (
        100,
        12,
        True,
    )
    assert everyday.required_before_approval is False
    assert sum(m.required_before_approval for m in modules.values()) == 5


def test_seed_training_every_quiz_is_passable(seeded, client, applicant):
    client.force_login(applicant)
    for module in TrainingModulePage.objects.live().order_by("path"):
        assert module.estimated_minutes > 0
        page = client.get(module.url)
        assert page.status_code == 200
        response = client.post(module.url, {"token": quiz_token(client, module), **right_answers(module)})
        assert response.status_code == 302, module.title
    # Without seed_demo the roles of the last module do not exist, so it is for everyone here.
    assert list(QuizAttempt.objects.values_list("passed", flat=True)) == [True] * 6


def test_seed_training_every_question_is_valid(seeded):
    for module in TrainingModulePage.objects.all():
        for block in module.question_blocks:
            block.block.clean(block.value)  # one right answer for single choice, at least one for multiple


def test_seed_training_without_a_site_fails_clearly(db):
    Site.objects.all().delete()
    with pytest.raises(CommandError, match="No default Wagtail site"):
        call_command("seed_training", stdout=StringIO())


def test_seed_demo_runs_seed_training():
    call_command("seed_demo", stdout=StringIO())
    assert TrainingModulePage.objects.filter(locale__language_code="nb").count() == 6
    everyday = TrainingModulePage.objects.get(slug="hverdagskompetanse-og-nettverk")
    assert sorted(everyday.roles.values_list("slug", flat=True)) == ["aktivitetsvenn", "hverdagshjelper"]


def module_text(client, slug):
    return client.get(TrainingModulePage.objects.get(slug=slug).url).text


def test_seed_training_crisis_module_explains_naloxone(seeded, client, applicant):
    client.force_login(applicant)
    text = module_text(client, "krise-og-forstehjelp")
    assert "Slik gir du nalokson nesespray" in text
    assert "Før tuppen av sprayen inn i det ene neseboret, og trykk én gang." in text
    assert "etter 2–3 minutter, gir du en ny dose i det andre neseboret" in text
    assert "Derfor skal personen ikke være alene" in text
    assert "og vet hvordan den brukes" not in text


def test_seed_training_promises_no_hours_feature_and_uses_folgesvenn(seeded, client, applicant):
    client.force_login(applicant)
    role = module_text(client, "rollen-som-tidgiver")
    assert "slik koordinatoren din forklarer deg" in role
    assert "eller med en SMS" not in role
    assert "Timene viser hva frivilligheten betyr" in role
    everyday = module_text(client, "hverdagskompetanse-og-nettverk")
    assert "Vær en følgesvenn, ikke en lærer." in everyday
    assert "medvandrer" not in everyday


def test_seed_demo_ships_every_module_and_page_in_english():
    from wagtail.models import Page

    from training.domain.quiz import questions_of

    call_command("seed_demo", stdout=StringIO())

    english = {page.slug: page for page in TrainingModulePage.objects.filter(locale__language_code="en").live()}
    norwegian = TrainingModulePage.objects.filter(locale__language_code="nb")
    assert len(english) == 6
    for module in norwegian:
        translated = module.get_translation(english["setting-boundaries"].locale)
        assert translated.title != module.title
        assert len(questions_of(translated)) == len(questions_of(module))
        assert [len(q.right_ids) for q in questions_of(translated)] == [len(q.right_ids) for q in questions_of(module)]
    assert english["crisis-and-first-aid"].title == "When something happens – crisis and first aid"
    untranslated = Page.objects.filter(depth__gt=1, locale__language_code="nb").exclude(
        translation_key__in=Page.objects.filter(locale__language_code="en").values("translation_key")
    )
    assert list(untranslated) == []
