"""The taushetserklæring in English: the English text for someone reading English, the Norwegian one (with a
note) where a version has none, and the signature says which text was signed."""

import pytest

from volunteers.models import ConfidentialityDeclaration, ConfidentialitySignature

pytestmark = pytest.mark.django_db

URL = "/tidgiver/taushetserklaering/"
NOTE = "This page is not available in English yet."


@pytest.fixture
def english_reader(client, application, settings):
    client.force_login(application.user)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    return client


def sign(client, application):
    return client.post(URL, {"accept": "on", "full_name": application.user.get_full_name()})


def test_declaration_with_english_text_is_read_and_signed_in_english(english_reader, application):
    ConfidentialityDeclaration.objects.create(
        text="Jeg lover å bevare taushet.", title_en="Confidentiality declaration", text_en="I promise to keep quiet."
    )

    page = english_reader.get(URL)

    assert '<h1 lang="en">Confidentiality declaration</h1>' in page.text
    assert "I promise to keep quiet." in page.text
    assert "Jeg lover" not in page.text
    assert NOTE not in page.text
    assert sign(english_reader, application)["Location"] == "/min-side/"
    assert ConfidentialitySignature.objects.get().language == "en"


def test_declaration_without_english_text_is_norwegian_with_a_note(english_reader, application, declaration):
    page = english_reader.get(URL)

    assert '<h1 lang="nb">Taushetserklæring</h1>' in page.text
    assert '<div class="card declaration-text" lang="nb"><p>Jeg lover å bevare taushet' in page.text
    assert NOTE in page.text
    sign(english_reader, application)
    assert ConfidentialitySignature.objects.get().language == "nb"


def test_norwegian_reader_reads_and_signs_the_norwegian_text(client, application):
    ConfidentialityDeclaration.objects.create(text="Jeg lover å bevare taushet.", text_en="I promise to keep quiet.")
    client.force_login(application.user)

    page = client.get(URL)

    assert "Jeg lover å bevare taushet." in page.text
    assert "I promise" not in page.text
    sign(client, application)
    assert ConfidentialitySignature.objects.get().language == "nb"
