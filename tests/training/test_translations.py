"""A module and its English translation are one module: the quiz can be taken in either language, and a pass,
the daily limit of failed attempts and the required-training checks count the same."""

import pytest
from django.utils import translation

from portal.localized import publish_translation
from portal.org.enums import Role
from portal.org.models import Membership
from tests.training.conftest import quiz_token, right_answers, wrong_answers
from tests.training.english import ENGLISH_QUESTIONS
from training.api import required_complete, required_complete_by_user, required_complete_condition, status_for
from training.models import ModuleProgress, QuizAttempt

pytestmark = pytest.mark.django_db

ENGLISH_BODY = [
    ("text", "<p>Read this first.</p>"),
    *ENGLISH_QUESTIONS,
]


@pytest.fixture
def english_module(home_page, training_index, module):
    publish_translation(home_page, "en", {"title": "A completely ordinary life"})
    publish_translation(training_index, "en", {"title": "Training for Tidgivers", "slug": "training"})
    english, _created = publish_translation(
        module, "en", {"title": "Setting boundaries", "slug": "setting-boundaries", "body": ENGLISH_BODY}
    )
    return english


def test_english_module_is_read_and_passed_in_english(client, applicant, module, english_module):
    client.force_login(applicant)
    shown = client.get("/en/training/setting-boundaries/")
    assert shown.status_code == 200
    assert '<html lang="en">' in shown.text
    assert "Who sets the goals?" in shown.text
    assert "Hvem setter målene?" not in shown.text

    response = client.post(
        english_module.url, {"token": quiz_token(client, english_module), **right_answers(english_module)}
    )

    attempt = QuizAttempt.objects.get()
    assert response["Location"] == f"/en/training/setting-boundaries/forsok/{attempt.pk}/"
    assert attempt.passed is True
    assert attempt.answers[0]["question"] == "Who sets the goals?"
    assert list(ModuleProgress.objects.values_list("module_id", "attempt_count")) == [(module.pk, 1)]
    assert required_complete(applicant) is True
    result = client.get(response["Location"])
    assert "The participant is the expert on their own life." in result.text


def test_pass_in_norwegian_shows_as_passed_on_the_english_page(client, applicant, module, english_module):
    client.force_login(applicant)
    client.post(module.url, {"token": quiz_token(client, module), **right_answers(module)})

    response = client.get(english_module.url)

    assert response.context["status"].complete is True
    assert len(response.context["attempts"]) == 1


def test_translation_is_not_a_module_of_its_own(applicant, unit, module, english_module):
    statuses = status_for(applicant)
    membership = Membership.objects.get(user=applicant, role=Role.APPLICANT)

    assert [status.module.pk for status in statuses] == [module.pk]
    assert required_complete_by_user([(applicant, None)]) == {applicant.pk: False}
    assert list(Membership.objects.filter(required_complete_condition())) == []
    ModuleProgress.objects.create(user=applicant, module=module, passed_at="2026-11-30T10:00:00Z", passed_version=1)
    assert required_complete_by_user([(applicant, None)]) == {applicant.pk: True}
    assert list(Membership.objects.filter(required_complete_condition())) == [membership]


def test_failed_attempts_in_both_languages_share_the_daily_limit(client, applicant, module, english_module):
    client.force_login(applicant)
    for page in (english_module, module, english_module):
        client.post(page.url, {"token": quiz_token(client, page), **wrong_answers(page)})

    response = client.get(module.url)

    assert response.context["tries_left_today"] is False
    assert QuizAttempt.objects.filter(passed=False).count() == 3


def test_overview_and_min_side_show_the_english_module_to_an_english_reader(client, applicant, english_module):
    client.force_login(applicant)
    overview = client.get("/en/training/")
    assert '<a href="/en/training/setting-boundaries/">Setting boundaries</a>' in overview.text
    with translation.override("en"):
        client.cookies["django_language"] = "en"
        minside = client.get("/min-side/")
    assert '<a href="/en/training/setting-boundaries/">Setting boundaries</a>' in minside.text
    assert 'href="/en/training/"' in minside.text


def test_module_without_english_version_is_read_in_norwegian_under_en(client, applicant, home_page, module):
    publish_translation(home_page, "en", {"title": "A completely ordinary life"})
    client.force_login(applicant)

    response = client.get("/en/opplaering/grensesetting/")

    assert response.status_code == 200
    assert "This page is not available in English yet." in response.text
    assert "Hvem setter målene?" in response.text
    assert 'action="/en/opplaering/grensesetting/"' in response.text


def test_english_version_cannot_change_the_modules_settings(superuser, english_module):
    from django.test import Client

    from tests.mfa import log_in_with_mfa

    editor = Client()
    log_in_with_mfa(editor, superuser)

    form = editor.get(f"/admin/pages/{english_module.pk}/edit/").context["form"]

    assert "requires_retraining" not in form.fields
    assert [form.fields[name].disabled for name in form.MODULE_SETTINGS] == [True, True, True, True]
