"""Fixtures for the training tests: modules with a small known quiz, people who take training, answers."""

import pytest
from django.utils.text import slugify

from portal.org.enums import Role
from tests import factories
from training.domain.quiz import questions_of
from training.forms import QUESTION_PREFIX
from training.models import TrainingModulePage
from training.seed import index_page

SINGLE = (
    "question",
    {
        "question": "Hvem setter målene?",
        "kind": "single",
        "choices": [{"text": "Deltakeren", "correct": True}, {"text": "Tidgiveren", "correct": False}],
        "explanation": "Deltakeren er eksperten på sitt eget liv.",
    },
)
MULTIPLE = (
    "question",
    {
        "question": "Hvilke numre er nødnumre?",
        "kind": "multiple",
        "choices": [
            {"text": "113", "correct": True},
            {"text": "112", "correct": True},
            {"text": "116 123", "correct": False},
        ],
        "explanation": "113 er ambulanse og 112 politi. 116 123 er en hjelpetelefon.",
    },
)


@pytest.fixture
def training_index(home_page):
    return index_page()


@pytest.fixture
def make_module(training_index):
    def make(title="Grensesetting", body=None, roles=(), **fields):
        body = body if body is not None else [("text", "<p>Les dette først.</p>"), SINGLE, MULTIPLE]
        module = TrainingModulePage(title=title, slug=slugify(title), body=body, **fields)
        module.roles = list(roles)
        training_index.add_child(instance=module)
        module.save_revision().publish()
        return TrainingModulePage.objects.get(pk=module.pk)

    return make


@pytest.fixture
def module(make_module):
    return make_module()


@pytest.fixture
def applicant(unit):
    return factories.make_member(unit, Role.APPLICANT, first_name="Siri", email="siri@example.org")


def answers(module, pick):
    """POST data answering every question of ``module``; ``pick(question)`` gives the chosen choice ids."""
    return {QUESTION_PREFIX + question.id: list(pick(question)) for question in questions_of(module)}


def right_answers(module):
    return answers(module, lambda question: sorted(question.right_ids))


def wrong_answers(module):
    return answers(module, lambda question: [c.id for c in question.choices if not c.correct][:1])


def quiz_token(client, module):
    """The one-time token from the quiz form, as the browser would get it."""
    response = client.get(module.url)
    return response.context["form"].initial["token"]
