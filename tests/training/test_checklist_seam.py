"""The screening checklist (volunteers) asks training.api; its training item follows the real answer."""

import pytest

from tests.training.conftest import quiz_token, right_answers
from tests.volunteers.conftest import make_application
from volunteers.domain.checklist import checklist_for
from volunteers.enums import ChecklistItemKind

pytestmark = pytest.mark.django_db


def training_done(application):
    return next(item.done for item in checklist_for(application) if item.kind == ChecklistItemKind.TRAINING)


def test_checklist_training_item_turns_complete_when_the_applicant_passes(client, unit, module):
    application = make_application(unit)
    assert training_done(application) is False
    client.force_login(application.user)
    client.post(module.url, {"token": quiz_token(client, module), **right_answers(module)})
    assert training_done(application) is True
