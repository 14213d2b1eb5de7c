"""A receipt is checked by its content, not its name: JPEG, PNG, HEIC or PDF, at most 10 MB."""

import filetype
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from ..enums import RECEIPT_MAX_BYTES, RECEIPT_TYPES

HEAD_BYTES = 8192


def checked_receipt(upload):
    """Return the upload renamed to ``receipt.<ext>`` from its real type, or raise ValidationError."""
    if upload.size > RECEIPT_MAX_BYTES:
        raise ValidationError(_("The receipt is too large. The limit is 10 MB."), code="too_large")
    upload.seek(0)
    head = upload.read(HEAD_BYTES)
    upload.seek(0)
    kind = filetype.guess(head)
    mime = kind.mime if kind else ""
    if mime not in RECEIPT_TYPES:
        raise ValidationError(_("The receipt must be a photo (JPEG, PNG, HEIC) or a PDF."), code="file_type")
    upload.name = f"receipt.{RECEIPT_TYPES[mime]}"
    return upload
