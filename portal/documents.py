"""Wagtail documents: what may be uploaded, and who may list or download a private collection.

Uploads are checked by content, not only by name: a file must be what its extension says
(filetype reads the first bytes; .txt must be text), and no larger than DOCUMENT_MAX_UPLOAD_BYTES.
"""

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

# What filetype must find in a file with this extension (None: plain text, which has no signature).
CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
    "txt": None,
}


def is_text(head):
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(head) - 4:  # a character cut off at the end of the sample is fine
            return False
    return b"\0" not in head


def content_matches(upload, extension):
    position = upload.tell()
    upload.seek(0)
    head = upload.read(8192)
    upload.seek(position)
    if extension not in CONTENT_TYPES:
        return False
    expected = CONTENT_TYPES[extension]
    found = filetype.guess_mime(head)
    return found is None and is_text(head) if expected is None else found == expected


class CheckedDocumentForm(BaseDocumentForm):
    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not upload or not hasattr(upload, "content_type"):  # unchanged on edit
            return upload
        if upload.size > settings.DOCUMENT_MAX_UPLOAD_BYTES:
            raise ValidationError(
                _("The file is too large: at most %(limit)s.")
                % {"limit": filesizeformat(settings.DOCUMENT_MAX_UPLOAD_BYTES)},
                code="file_too_large",
            )
        extension = upload.name.rpartition(".")[2].lower()
        if not content_matches(upload, extension):
            raise ValidationError(
                _("The file's content does not match its name (.%(extension)s).") % {"extension": extension},
                code="wrong_content",
            )
        return upload
