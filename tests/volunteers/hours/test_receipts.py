"""Receipts are checked by content: JPEG, PNG, HEIC or PDF up to 10 MB, stored under a server-side name."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from volunteers.hours.domain.receipts import checked_receipt

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 100
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 100
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + b"0" * 100
HEIC = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 100
HTML = b"<!doctype html><html><script>alert(1)</script></html>"


@pytest.mark.parametrize(
    ("content", "name", "stored_as"),
    [
        (PNG, "bilde.png", "receipt.png"),
        (JPEG, "kvittering.JPG", "receipt.jpg"),
        (PDF, "../../etc/passwd.pdf", "receipt.pdf"),
        (HEIC, "IMG_0001.HEIC", "receipt.heic"),
        (PNG, "named-wrong.pdf", "receipt.png"),
    ],
)
def test_checked_receipt_names_the_file_from_its_content(content, name, stored_as):
    assert checked_receipt(SimpleUploadedFile(name, content)).name == stored_as


@pytest.mark.parametrize(("content", "name"), [(HTML, "kvittering.pdf"), (b"just text", "a.png"), (b"", "a.jpg")])
def test_checked_receipt_refuses_other_content_whatever_the_name(content, name):
    with pytest.raises(ValidationError) as raised:
        checked_receipt(SimpleUploadedFile(name, content))

    assert raised.value.code == "file_type"


def test_checked_receipt_refuses_more_than_10_mb():
    upload = SimpleUploadedFile("stor.pdf", PDF + b"0" * (10 * 1024 * 1024))

    with pytest.raises(ValidationError) as raised:
        checked_receipt(upload)

    assert raised.value.code == "too_large"


def test_checked_receipt_accepts_exactly_10_mb():
    upload = SimpleUploadedFile("stor.pdf", PDF + b"0" * (10 * 1024 * 1024 - len(PDF)))

    assert checked_receipt(upload).name == "receipt.pdf"
