"""Editing a module in Wagtail keeps completions, unless the editor ticks "requires retraining"."""

import pytest
from django.test import Client
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from tests.mfa import log_in_with_mfa
from tests.training.conftest import quiz_token, right_answers
from training.api import required_complete
from training.enums import ModuleState
from training.models import TrainingModulePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(superuser):
    client = Client()
    log_in_with_mfa(client, superuser)
    return client


def block_value(block):
    if block.block_type == "text":
        return rich_text(block.value.source)
    if block.block_type == "question":
        value = block.value
        choices = {
            str(index): {"value": dict(child.value, correct="on" if child.value["correct"] else ""), "id": child.id}
            for index, child in enumerate(value["choices"].bound_blocks)
        }
        for index, choice in enumerate(choices.values()):
            choice.update(deleted="", order=str(index))
            if not choice["value"]["correct"]:
                del choice["value"]["correct"]
        choices["count"] = str(len(value["choices"]))
        return {**{key: value[key] for key in ("question", "kind", "explanation")}, "choices": choices}
    return block.value


def edit_data(module, action, **changes):
    body = streamfield([(block.block_type, block_value(block)) for block in module.body])
    for index, block in enumerate(module.body):
        body[str(index)]["id"] = block.id
    data = {
        "title": module.title,
        "slug": module.slug,
        "intro": module.intro,
        "body": body,
        "estimated_minutes": module.estimated_minutes,
        "roles": [],
        "required_before_approval": "on",
        "pass_mark_percent": module.pass_mark_percent,
        "refresh_interval_months": module.refresh_interval_months,
        "comments": inline_formset([]),
        action: action,
        **changes,
    }
    return nested_form_data(data)


def edit(editor, module, action="action-publish", **changes):
    response = editor.post(f"/admin/pages/{module.pk}/edit/", edit_data(module, action, **changes))
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    return TrainingModulePage.objects.get(pk=module.pk)


@pytest.fixture
def passed(client, applicant, module):
    client.force_login(applicant)
    client.post(module.url, {"token": quiz_token(client, module), **right_answers(module)})
    assert required_complete(applicant) is True
    return applicant


def test_retraining_edit_without_tick_keeps_completion(editor, passed, module):
    edited = edit(editor, module, title="Grensesetting (ny tekst)")
    assert (edited.title, edited.retraining_version) == ("Grensesetting (ny tekst)", 1)
    assert required_complete(passed) is True


def test_retraining_tick_makes_everyone_take_it_again(editor, client, passed, module):
    edited = edit(editor, module, requires_retraining="on")
    assert edited.retraining_version == 2
    assert edited.retraining_required_on is not None
    assert required_complete(passed) is False
    response = client.get(module.url)
    assert response.context["status"].state == ModuleState.DUE_AGAIN
    client.post(module.url, {"token": quiz_token(client, module), **right_answers(module)})
    assert required_complete(passed) is True


def test_retraining_tick_in_drafts_bumps_once_and_can_be_taken_back(editor, passed, module):
    edit(editor, module, action="action-save", requires_retraining="on")
    edit(editor, module, action="action-save", requires_retraining="on")
    draft = TrainingModulePage.objects.get(pk=module.pk).get_latest_revision_as_object()
    assert draft.retraining_version == 2
    assert required_complete(passed) is True  # drafts change nothing until published
    edit(editor, module, action="action-save")
    draft = TrainingModulePage.objects.get(pk=module.pk).get_latest_revision_as_object()
    assert draft.retraining_version == 1


def test_retraining_box_shows_the_drafts_state(editor, module):
    edit(editor, module, action="action-save", requires_retraining="on")
    response = editor.get(f"/admin/pages/{module.pk}/edit/")
    assert response.context["form"]["requires_retraining"].initial is True


def test_retraining_module_without_questions_cannot_be_saved(editor, module):
    data = edit_data(module, "action-publish")
    data.update(nested_form_data({"body": streamfield([("heading", "Bare tekst")])}))
    for key in [key for key in data if key.startswith("body-") and key.split("-")[1] not in ("count", "0")]:
        del data[key]
    response = editor.post(f"/admin/pages/{module.pk}/edit/", data)
    assert response.status_code == 200
    assert response.context["form"].errors["body"] == ["Legg til minst ett quizspørsmål."]
