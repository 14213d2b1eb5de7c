"""Wagtail documents: what may be uploaded, and who may list or download a private collection.

Uploads are checked by content, not only by name: a file must be what its extension says
(filetype reads the first bytes; .txt must be text), and no larger than DOCUMENT_MAX_UPLOAD_BYTES.
"""

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model, get_document_model_string
from wagtail.documents.forms import BaseDocumentForm
from wagtail.models import Collection, CollectionViewRestriction
from wagtail.permission_policies.collections import CollectionOwnershipPermissionPolicy
from wagtail.permissions import policy_registry

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


# --- Private collections ------------------------------------------------------------------------
# A collection with a view restriction is private. Wagtail lets a permission on a collection reach
# every collection below it, so the default Editors group (permissions on the root) would list every
# private collection, and a "logged-in users" restriction lets any Tidgiver download from it. Here a
# permission stops at a private collection below it: only a group given a permission on the private
# collection itself (or inside it) lists it, and only such people download from it.


def private_collection_paths():
    return list(
        Collection.objects.filter(pk__in=CollectionViewRestriction.objects.values("collection_id")).values_list(
            "path", flat=True
        )
    )


def reach_of(permission, private_paths):
    """The collections a permission covers: its own and those below it, up to the next private one."""
    root = permission.collection
    reach = Q(path__startswith=root.path)
    for path in private_paths:
        if path.startswith(root.path) and path != root.path:
            reach &= ~Q(path__startswith=path)
    return reach


class PrivateCollectionsPolicy(CollectionOwnershipPermissionPolicy):
    def _collections_with_perm(self, user, actions):
        private_paths = private_collection_paths()
        reach = Q(pk__in=[])
        for permission in self._get_user_permission_objects_for_actions(user, actions):
            reach |= reach_of(permission, private_paths)
        return Collection.objects.filter(reach)

    def _check_perm(self, user, actions, collection=None):
        allowed = super()._check_perm(user, actions, collection)
        if not allowed or collection is None or user.is_superuser:
            return allowed
        return self._collections_with_perm(user, actions).filter(pk=collection.pk).exists()


def document_permission_policy():
    return PrivateCollectionsPolicy(
        get_document_model_string(), auth_model="wagtaildocs.Document", owner_field_name="uploaded_by_user"
    )


def restricted_to_logged_in(document):
    return any(
        restriction.restriction_type == CollectionViewRestriction.LOGIN
        for restriction in document.collection.get_view_restrictions()
    )


def may_download(user, document):
    policy = policy_registry.get_by_type(get_document_model())
    return policy.user_has_any_permission_for_instance(user, ["choose", "change"], document)
