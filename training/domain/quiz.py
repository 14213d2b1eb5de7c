"""Quiz questions read from a module's body, and grading.

A question counts as right only when the chosen answers are exactly the right ones (for multiple choice:
all right answers and no wrong one). The score is the share of right questions; the quiz is passed when
that share reaches the module's pass mark (compared without rounding).
"""

from dataclasses import dataclass

from ..enums import QuestionKind


@dataclass(frozen=True)
class Choice:
    id: str
    text: str
    correct: bool


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    kind: str
    choices: tuple
    explanation: str

    @property
    def multiple(self):
        return self.kind == QuestionKind.MULTIPLE

    @property
    def right_ids(self):
        return frozenset(choice.id for choice in self.choices if choice.correct)


@dataclass(frozen=True)
class QuestionResult:
    question: Question
    chosen_ids: frozenset

    @property
    def correct(self):
        return self.chosen_ids == self.question.right_ids


@dataclass(frozen=True)
class Grading:
    results: tuple
    pass_mark_percent: int

    @property
    def question_count(self):
        return len(self.results)

    @property
    def correct_count(self):
        return sum(1 for result in self.results if result.correct)

    @property
    def score_percent(self):
        return self.correct_count * 100 // self.question_count if self.results else 0

    @property
    def passed(self):
        return bool(self.results) and self.correct_count * 100 >= self.pass_mark_percent * self.question_count


def questions_of(module):
    """The module's quiz questions, with the stable ids Wagtail gives stream and list children."""
    questions = []
    for block in module.question_blocks:
        value = block.value
        choices = tuple(
            Choice(child.id, child.value["text"], bool(child.value["correct"]))
            for child in value["choices"].bound_blocks
        )
        questions.append(Question(block.id, value["question"], value["kind"], choices, value["explanation"]))
    return questions


def grade(questions, answers, pass_mark_percent):
    """``answers`` maps question id → iterable of chosen choice ids (missing = nothing chosen)."""
    results = tuple(QuestionResult(question, frozenset(answers.get(question.id, ()))) for question in questions)
    return Grading(results, pass_mark_percent)


def snapshot(grading):
    """What the attempt stores: enough to show the answers and explanations even after the module changes."""
    return [
        {
            "id": result.question.id,
            "question": result.question.text,
            "kind": result.question.kind,
            "choices": [
                {
                    "id": choice.id,
                    "text": choice.text,
                    "correct": choice.correct,
                    "chosen": choice.id in result.chosen_ids,
                }
                for choice in result.question.choices
            ],
            "explanation": result.question.explanation,
            "correct": result.correct,
        }
        for result in grading.results
    ]


def feedback(attempt):
    """What the person sees after an attempt.

    After a pass: each question, whether it was right, their answers, the right answers, the explanation.
    After a failed attempt only the score and the explanations of the questions to read again: marking each
    wrong answer let a script pass by trial and error (with shuffled options and three tries a day, the
    explanations help a person without handing out the answer key).
    """
    if not attempt.passed:
        return [
            {"question": answer["question"], "explanation": answer["explanation"]}
            for answer in attempt.answers
            if not answer["correct"]
        ]
    return [
        {
            "question": answer["question"],
            "correct": answer["correct"],
            "explanation": answer["explanation"],
            "choices": [
                {"text": choice["text"], "chosen": choice["chosen"], "correct": choice["correct"]}
                for choice in answer["choices"]
            ],
        }
        for answer in attempt.answers
    ]
