"""Editors preview modules in Wagtail: the page renders with the quiz, and nothing is recorded."""

import pytest

from training.models import ModuleProgress

pytestmark = pytest.mark.django_db


def test_preview_module_renders_quiz_without_recording(module):
    response = module.make_preview_request()
    html = response.rendered_content
    assert response.status_code == 200
    assert "Dette er en forhåndsvisning: quizen kan ikke sendes inn." in html
    assert "Send inn svarene" not in html
    assert ModuleProgress.objects.count() == 0


def test_preview_index_lists_modules(training_index, module):
    response = training_index.make_preview_request()
    assert response.status_code == 200
    assert '<a href="/opplaering/grensesetting/">Grensesetting</a>' in response.rendered_content
