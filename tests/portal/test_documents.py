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


# --- Private collections -------------------------------------------------------------------------


@pytest.fixture
def collections(db):
    from django.core.files.base import ContentFile
    from wagtail.models import CollectionViewRestriction

    root = Collection.get_first_root_node()
    shared = root.add_child(name="Felles")
    private = root.add_child(name="Personalsaker")
    CollectionViewRestriction.objects.create(collection=private, restriction_type=CollectionViewRestriction.LOGIN)
    Document = get_document_model()
    docs = {}
    for name, collection in (("felles", shared), ("privat", private)):
        docs[name] = Document.objects.create(
            title=f"{name}-dok", collection=collection, file=ContentFile(PDF, f"{name}.pdf")
        )
    return {"shared": shared, "private": private, "docs": docs}


def editor(email, *, private_collection=None):
    """A Wagtail editor (the default Editors group: document permissions on the root collection)."""
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import GroupCollectionPermission

    from tests import factories

    user = factories.make_user(email=email)
    user.groups.add(Group.objects.get(name="Editors"))
    if private_collection is not None:
        group = Group.objects.create(name="Personal")
        for codename in ("choose_document", "change_document"):
            GroupCollectionPermission.objects.create(
                group=group, collection=private_collection, permission=Permission.objects.get(codename=codename)
            )
        user.groups.add(group)
    return user


def listed(client):
    page = client.get("/admin/documents/")
    assert page.status_code == 200
    return {title for title in ("felles-dok", "privat-dok") if title in page.text}


def test_documents_private_collection_not_listed_for_every_editor(client, collections):
    log_in_with_mfa(client, editor("redaktor@example.org"))

    assert listed(client) == {"felles-dok"}
    assert client.get(f"/admin/documents/edit/{collections['docs']['privat'].pk}/")["Location"] == "/admin/"


def test_documents_private_collection_listed_for_its_own_group(client, collections):
    log_in_with_mfa(client, editor("personal@example.org", private_collection=collections["private"]))

    assert listed(client) == {"felles-dok", "privat-dok"}


def test_documents_private_collection_listed_for_superuser(editor_client, collections):
    assert listed(editor_client) == {"felles-dok", "privat-dok"}


@pytest.fixture(autouse=True)
def _serve_by_redirect(settings):
    # The test storage is in memory: a document allowed through is a redirect to the storage's URL.
    settings.WAGTAILDOCS_SERVE_METHOD = "redirect"


def download(client, document):
    return client.get(document.url)


def served(response):
    return response.status_code == 302 and response["Location"].startswith("/media/documents/")


def test_documents_private_document_not_downloadable_by_a_tidgiver(client, collections, tidgiver):
    client.force_login(tidgiver)

    assert download(client, collections["docs"]["privat"]).status_code == 403
    assert served(download(client, collections["docs"]["felles"]))


def test_documents_private_document_not_downloadable_by_an_editor_without_access(client, collections):
    log_in_with_mfa(client, editor("redaktor@example.org"))

    assert download(client, collections["docs"]["privat"]).status_code == 403


def test_documents_private_document_downloadable_by_its_group_after_mfa(client, collections):
    user = editor("personal@example.org", private_collection=collections["private"])
    client.force_login(user)
    from tests.mfa import activate_totp

    activate_totp(user)
    document = collections["docs"]["privat"]
    assert download(client, document)["Location"].startswith("/accounts/2fa/reauthenticate/")

    log_in_with_mfa(client, user)
    assert served(download(client, document))


def test_documents_private_document_sends_anonymous_to_log_in(client, collections):
    assert download(client, collections["docs"]["privat"])["Location"].startswith("/accounts/login/")
