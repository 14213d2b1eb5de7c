"""Grading: a question is right only with exactly the right answers; the pass mark is compared without rounding."""

import pytest

from training.domain.quiz import Choice, Question, grade, questions_of
from training.enums import QuestionKind

SINGLE = Question(
    "q1", "Hvem setter målene?", QuestionKind.SINGLE, (Choice("a", "Deltakeren", True), Choice("b", "Jeg", False)), ""
)
MULTIPLE = Question(
    "q2",
    "Nødnumre?",
    QuestionKind.MULTIPLE,
    (Choice("a", "113", True), Choice("b", "112", True), Choice("c", "116 123", False)),
    "",
)


def test_scoring_single_choice_right_answer_passes():
    grading = grade([SINGLE], {"q1": ["a"]}, pass_mark_percent=80)
    assert (grading.correct_count, grading.score_percent, grading.passed) == (1, 100, True)


def test_scoring_single_choice_wrong_answer_fails():
    grading = grade([SINGLE], {"q1": ["b"]}, pass_mark_percent=80)
    assert (grading.correct_count, grading.score_percent, grading.passed) == (0, 0, False)


def test_scoring_multiple_choice_needs_all_right_answers():
    assert grade([MULTIPLE], {"q2": ["a", "b"]}, 100).passed is True
    assert grade([MULTIPLE], {"q2": ["a"]}, 100).passed is False


def test_scoring_multiple_choice_with_a_wrong_extra_answer_fails():
    grading = grade([MULTIPLE], {"q2": ["a", "b", "c"]}, 100)
    assert (grading.correct_count, grading.passed) == (0, False)


def test_scoring_missing_answer_counts_as_wrong():
    grading = grade([SINGLE, MULTIPLE], {"q2": ["a", "b"]}, 50)
    assert (grading.correct_count, grading.score_percent, grading.passed) == (1, 50, True)


@pytest.mark.parametrize(
    ("right", "total", "mark", "passed"),
    [(4, 5, 80, True), (3, 5, 80, False), (6, 7, 86, False), (6, 7, 85, True), (2, 3, 67, False), (5, 5, 100, True)],
)
def test_scoring_pass_mark_boundary_without_rounding(right, total, mark, passed):
    questions = [
        Question(f"q{i}", "?", QuestionKind.SINGLE, (Choice("r", "r", True), Choice("w", "w", False)), "")
        for i in range(total)
    ]
    answers = {f"q{i}": ["r" if i < right else "w"] for i in range(total)}
    grading = grade(questions, answers, mark)
    assert (grading.correct_count, grading.passed) == (right, passed)


def test_scoring_quiz_without_questions_never_passes():
    assert grade([], {}, 80).passed is False


@pytest.mark.django_db
def test_scoring_questions_of_module_reads_kinds_and_right_answers(module):
    questions = questions_of(module)
    assert [(q.kind, q.text) for q in questions] == [
        ("single", "Hvem setter målene?"),
        ("multiple", "Hvilke numre er nødnumre?"),
    ]
    assert [sorted(c.text for c in q.choices if c.id in q.right_ids) for q in questions] == [
        ["Deltakeren"],
        ["112", "113"],
    ]
