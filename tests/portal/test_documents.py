"""Wagtail documents: uploads checked by content and size; private collections for the right people."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model
from wagtail.models import Collection

from tests.mfa import log_in_with_mfa

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/documents/add/"
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 64
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 32
WRONG_CONTENT = "Innholdet i filen passer ikke med navnet"


@pytest.fixture
def editor_client(client, superuser):
    return log_in_with_mfa(client, superuser)


def upload(client, name, content):
    data = {"title": name, "file": SimpleUploadedFile(name, content), "collection": Collection.get_first_root_node().pk}
    return client.post(ADD_URL, data)


@pytest.mark.parametrize(
    ("name", "content"), [("plan.pdf", PDF), ("notat.txt", "Møte på tirsdag.\n".encode())], ids=["pdf", "txt"]
)
def test_documents_upload_with_matching_content_is_saved(editor_client, name, content):
    response = upload(editor_client, name, content)

    assert response.status_code == 302
    assert get_document_model().objects.get().title == name


@pytest.mark.parametrize(
    ("name", "content"),
    [("faktura.pdf", EXE), ("skjema.pdf", b"<html><script>alert(1)</script></html>"), ("notat.txt", PNG)],
    ids=["exe-as-pdf", "html-as-pdf", "image-as-txt"],
)
def test_documents_upload_with_other_content_is_refused(editor_client, name, content):
    response = upload(editor_client, name, content)

    assert response.status_code == 200
    assert WRONG_CONTENT in response.text
    assert get_document_model().objects.count() == 0


def test_documents_upload_over_the_size_limit_is_refused(editor_client, settings):
    settings.DOCUMENT_MAX_UPLOAD_BYTES = len(PDF) - 1

    response = upload(editor_client, "plan.pdf", PDF)

    assert response.status_code == 200
    assert "Filen er for stor" in response.text
    assert get_document_model().objects.count() == 0
