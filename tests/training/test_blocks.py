"""Module content blocks: the video (from Wagtail's embed cache, no network) with its text alternative,
situations and key points; quiz questions are not shown in the reading text."""

import pytest
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

from tests.training.conftest import MULTIPLE, SINGLE

pytestmark = pytest.mark.django_db

VIDEO_URL = "https://www.youtube.com/watch?v=abc123"


@pytest.fixture
def cached_embed():
    """Wagtail looks in its Embed table before asking the provider, so no request leaves the test."""
    return Embed.objects.create(
        url=VIDEO_URL,
        hash=get_embed_hash(VIDEO_URL),
        type="video",
        html='<iframe src="https://www.youtube-nocookie.com/embed/abc123" title="Video"></iframe>',
        title="Grenser",
    )


@pytest.fixture
def rich_module(make_module, cached_embed):
    body = [
        ("heading", "Penger"),
        ("video", {"video": VIDEO_URL, "title": "Om grenser", "text_alternative": "Koordinatoren forteller om lån."}),
        (
            "situation",
            {
                "title": "Meldingen",
                "scenario": "Sara ber om å låne penger.",
                "reflection_questions": ["Hva svarer du?"],
            },
        ),
        ("key_points", {"title": "Viktig å huske", "points": ["Ingen lån."]}),
        SINGLE,
        MULTIPLE,
    ]
    return make_module("Penger og grenser", body=body)


def test_blocks_render_video_with_text_alternative_and_situation(client, applicant, rich_module):
    client.force_login(applicant)
    html = client.get(rich_module.url).text
    assert '<iframe src="https://www.youtube-nocookie.com/embed/abc123"' in html
    assert "<summary>Les videoen som tekst</summary>" in html
    assert "Koordinatoren forteller om lån." in html
    assert "<h3>Meldingen</h3>" in html
    assert "<li>Hva svarer du?</li>" in html
    assert "<li>Ingen lån.</li>" in html
    assert html.index("<h2>Penger</h2>") < html.index('id="quiz-heading"')
    assert html.count('<fieldset class="question"') == 2


def test_blocks_single_choice_is_radio_and_multiple_is_checkbox(client, applicant, rich_module):
    client.force_login(applicant)
    html = client.get(rich_module.url).text
    assert html.count('type="radio"') == 2
    assert html.count('type="checkbox"') == 3


def test_blocks_question_needs_right_answers(rich_module):
    block = rich_module.question_blocks[0].block
    value = block.to_python(
        {
            "question": "?",
            "kind": "single",
            "choices": [{"text": "a", "correct": True}, {"text": "b", "correct": True}],
            "explanation": "Fordi.",
        }
    )
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert error.value.block_errors["choices"].messages == ["Merk nøyaktig ett svar som riktig."]
    value["kind"] = "multiple"
    assert block.clean(value)["kind"] == "multiple"
