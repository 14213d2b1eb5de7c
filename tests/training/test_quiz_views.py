"""Taking a quiz through the module page: explanations, retakes, missing answers, double submits, tokens."""

import pytest

from tests.training.conftest import quiz_token, right_answers, wrong_answers
from training.domain.quiz import questions_of
from training.enums import ModuleState
from training.forms import QUESTION_PREFIX
from training.models import ModuleProgress, QuizAttempt

pytestmark = pytest.mark.django_db


@pytest.fixture
def taker(client, applicant):
    client.force_login(applicant)
    return client


def submit(client, module, answers, token=None):
    return client.post(module.url, {"token": token or quiz_token(client, module), **answers})


def test_quiz_opening_a_module_marks_it_started(taker, applicant, module):
    response = taker.get(module.url)
    assert "Startet" in response.text
    assert ModuleProgress.objects.get(user=applicant, module=module).attempt_count == 0


def test_quiz_failed_attempt_shows_score_and_explanations_to_reread(taker, applicant, module):
    response = submit(taker, module, wrong_answers(module))
    attempt = QuizAttempt.objects.get()
    assert response["Location"] == f"{module.url}forsok/{attempt.pk}/"
    page = taker.get(response["Location"])
    assert "Ikke bestått" in page.text
    assert "0 av 2 riktige (0 %). Grensen for bestått er 80 %." in page.text
    assert '<h2 id="reread-heading">Les disse en gang til</h2>' in page.text
    assert '<p class="explanation">Deltakeren er eksperten på sitt eget liv.</p>' in page.text
    assert '<p class="explanation">113 er ambulanse og 112 politi. 116 123 er en hjelpetelefon.</p>' in page.text
    assert (attempt.passed, attempt.score_percent, attempt.progress.passed_at) == (False, 0, None)


def test_quiz_failed_attempt_marks_no_answer_and_no_option(taker, module):
    single, multiple = questions_of(module)
    only_113 = [choice.id for choice in multiple.choices if choice.text == "113"]
    half_right = {QUESTION_PREFIX + single.id: sorted(single.right_ids), QUESTION_PREFIX + multiple.id: only_113}
    page = taker.get(submit(taker, module, half_right)["Location"])
    assert "1 av 2 riktige (50 %)" in page.text
    for hint in ("Ikke riktig", "<strong>Riktig</strong>", "ditt svar", "riktig svar", "choice-right", "Tidgiveren"):
        assert hint not in page.text
    # Only the question not answered right is named, without its options.
    assert page.context["answers"] == [
        {
            "question": "Hvilke numre er nødnumre?",
            "explanation": "113 er ambulanse og 112 politi. 116 123 er en hjelpetelefon.",
        }
    ]


def test_quiz_options_come_in_a_new_order_per_attempt(taker, module):
    orders = set()
    for _attempt in range(8):
        form = taker.get(module.url).context["form"]
        orders.add(tuple(tuple(value for value, _label in field.field.choices) for field in form.question_fields()))
    assert len(orders) > 1


def test_quiz_form_shown_again_keeps_its_order(taker, module):
    token = quiz_token(taker, module)
    single, _multiple = questions_of(module)
    first = submit(taker, module, {QUESTION_PREFIX + single.id: sorted(single.right_ids)}, token=token)
    again = submit(taker, module, {QUESTION_PREFIX + single.id: sorted(single.right_ids)}, token=token)
    order = [[value for value, _label in f.field.choices] for f in first.context["form"].question_fields()]
    assert order == [[value for value, _label in f.field.choices] for f in again.context["form"].question_fields()]


def test_quiz_after_three_failed_attempts_today_the_next_try_is_tomorrow(taker, module, monkeypatch):
    for _attempt in range(3):
        submit(taker, module, wrong_answers(module))
    token = quiz_token(taker, module)

    fourth = submit(taker, module, right_answers(module), token=token)
    last = taker.get(f"{module.url}forsok/{QuizAttempt.objects.first().pk}/")

    assert QuizAttempt.objects.count() == 3
    assert "Du har prøvd tre ganger i dag. Du kan prøve igjen i morgen." in fourth.text
    assert 'name="token"' not in fourth.text
    assert "Du har prøvd tre ganger i dag. Du kan prøve igjen i morgen." in last.text
    assert "Prøv igjen" not in last.text

    import datetime

    from django.utils import timezone

    tomorrow = timezone.now() + datetime.timedelta(days=1)
    monkeypatch.setattr(timezone, "now", lambda: tomorrow)
    assert 'name="token"' in taker.get(module.url).text


def test_quiz_passed_attempt_shows_the_right_choices_and_explanations(taker, module):
    page = taker.get(submit(taker, module, right_answers(module))["Location"])
    assert page.text.count("(riktig svar)") == 3
    assert page.text.count("(ditt svar)") == 3
    assert "Deltakeren er eksperten på sitt eget liv." in page.text
    assert [c["correct"] for q in page.context["answers"] for c in q["choices"]] == [True, False, True, True, False]


def test_quiz_retake_after_failing_passes_and_keeps_both_attempts(taker, applicant, module):
    submit(taker, module, wrong_answers(module))
    response = submit(taker, module, right_answers(module))
    attempts = list(QuizAttempt.objects.order_by("submitted_at").values_list("passed", "score_percent"))
    assert attempts == [(False, 0), (True, 100)]
    progress = ModuleProgress.objects.get(user=applicant, module=module)
    assert (progress.attempt_count, progress.passed_version) == (2, 1)
    assert progress.passed_at is not None
    assert "Bestått" in taker.get(response["Location"]).text


def test_quiz_failing_after_passing_keeps_the_pass(taker, applicant, module):
    submit(taker, module, right_answers(module))
    submit(taker, module, wrong_answers(module))
    progress = ModuleProgress.objects.get(user=applicant, module=module)
    assert progress.attempt_count == 2
    assert progress.passed_at is not None


def test_quiz_partly_right_multiple_choice_is_not_right(taker, module):
    single, multiple = questions_of(module)
    one_of_two = sorted(multiple.right_ids)[:1]
    submit(
        taker,
        module,
        {QUESTION_PREFIX + single.id: sorted(single.right_ids), QUESTION_PREFIX + multiple.id: one_of_two},
    )
    attempt = QuizAttempt.objects.get()
    assert (attempt.correct_count, attempt.score_percent, attempt.passed) == (1, 50, False)


def test_quiz_missing_answers_are_named_and_nothing_is_recorded(taker, module):
    single, _multiple = questions_of(module)
    response = submit(taker, module, {QUESTION_PREFIX + single.id: sorted(single.right_ids)})
    assert response.status_code == 200
    assert response.context["unanswered"] == [2]
    assert '<a href="#question-2">spørsmål 2</a>' in response.text
    assert "Svar på dette spørsmålet." in response.text
    assert QuizAttempt.objects.count() == 0


def test_quiz_double_submit_records_one_attempt(taker, module):
    token = quiz_token(taker, module)
    first = submit(taker, module, right_answers(module), token=token)
    second = submit(taker, module, wrong_answers(module), token=token)
    attempt = QuizAttempt.objects.get()
    assert first["Location"] == second["Location"] == f"{module.url}forsok/{attempt.pk}/"
    assert (attempt.passed, attempt.progress.attempt_count) == (True, 1)


def test_quiz_forged_token_records_nothing_and_asks_again(taker, module):
    response = submit(taker, module, right_answers(module), token="forged:token")
    assert response.status_code == 200
    assert response.context["stale_form"] is True
    assert "Skjemaet hadde vært åpent for lenge." in response.text
    assert QuizAttempt.objects.count() == 0


def test_quiz_token_of_another_person_is_refused(client, applicant, tidgiver, module):
    client.force_login(tidgiver)
    token = quiz_token(client, module)
    client.force_login(applicant)
    response = submit(client, module, right_answers(module), token=token)
    assert response.context["stale_form"] is True
    assert QuizAttempt.objects.count() == 0


def test_quiz_attempt_records_answers_time_and_version(taker, applicant, module):
    submit(taker, module, right_answers(module))
    attempt = QuizAttempt.objects.get()
    assert attempt.progress.user == applicant
    assert [question["correct"] for question in attempt.answers] == [True, True]
    assert [c["text"] for c in attempt.answers[1]["choices"] if c["chosen"]] == ["113", "112"]
    assert attempt.module_version == 1
    assert 0 <= attempt.duration_seconds < 60


def test_quiz_status_on_module_page_after_passing(taker, module):
    submit(taker, module, right_answers(module))
    response = taker.get(module.url)
    assert response.context["status"].state == ModuleState.PASSED
    assert "forsok/" in response.text
