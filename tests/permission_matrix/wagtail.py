"""Wagtail's own URLs: the CMS (pages, images, documents, workflows, users...) is for superusers only."""

from tests.permission_matrix import ANY, LOGIN, NOT_FOUND, OK_FOR_ALL, STAFF, SUPERUSER, Prefix, Row, staff

SUPERUSER_POST = ("login", "login", "login", "denied", "denied", "denied", ANY)
STAFF_POST = staff(ANY)
# Wagtail's catch-all sends visitors to its log-in (which sends them on to allauth's), staff get a 404.
ADMIN_LOGIN_THEN_404 = (*("redirect:/admin/login/?next=/admin/no-such-page/",) * 3, *("404",) * 4)


def _document(world):
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document

    return Document.objects.create(title="Håndbok", file=ContentFile(b"%PDF-1.4 test", name="handbok.pdf"))


FIXTURES = {"document": _document}

PREFIXES = {
    "admin/pages/": Prefix(
        get=SUPERUSER,
        post=SUPERUSER_POST,
        samples=(
            lambda w: f"/admin/pages/{w.home_page.pk}/",
            lambda w: f"/admin/pages/{w.home_page.pk}/edit/",
            lambda w: f"/admin/pages/{w.home_page.pk}/history/",
        ),
    ),
    "admin/collections/": Prefix(get=SUPERUSER, post=SUPERUSER_POST),
    "admin/workflows/": Prefix(get=SUPERUSER, post=SUPERUSER_POST),
    "admin/reports/": Prefix(get=SUPERUSER, post=SUPERUSER_POST),
    "admin/forms/": Prefix(get=SUPERUSER, post=SUPERUSER_POST),
    "admin/redirects/": Prefix(get=SUPERUSER, post=SUPERUSER_POST),
    "admin/settings/": Prefix(get=SUPERUSER, post=SUPERUSER_POST),
    "admin/documents/": Prefix(
        get=SUPERUSER, post=SUPERUSER_POST, samples=(lambda w: f"/admin/documents/edit/{w.document.pk}/",)
    ),
    "admin/images/": Prefix(get=SUPERUSER, post=SUPERUSER_POST),
    "admin/sites/": Prefix(get=SUPERUSER, post=SUPERUSER_POST),
    "admin/users/": Prefix(
        get=SUPERUSER, post=SUPERUSER_POST, samples=(lambda w: f"/admin/users/edit/{w.coordinator.pk}/",)
    ),
    "admin/groups/": Prefix(get=SUPERUSER, post=SUPERUSER_POST),
    "admin/api/main/": Prefix(get=STAFF, post=STAFF_POST, samples=("/admin/api/main/pages/",)),
    "admin/editing-sessions/": Prefix(get=STAFF, post=STAFF_POST),
    # Wagtail's own password reset is switched off: allauth's is the one.
    "admin/password_reset/": Prefix(get=NOT_FOUND, post=NOT_FOUND, samples=("/admin/password_reset/confirm/MQ/x-y/",)),
}

ROWS = {
    # Staff choosers and helpers the page editor uses: harmless lists, no personal data.
    "admin/workflows/task_chooser/": Row(get=STAFF, post=staff(405)),
    "admin/workflows/task_chooser/results/": Row(get=STAFF, post=staff(405)),
    "admin/workflows/task_chooser/create/": Row(get=STAFF, post=staff(400, superuser="ok")),
    "admin/workflows/task_chooser/<int:task_id>/": Row(
        get=staff(ANY), post=None, url="/admin/workflows/task_chooser/1/"
    ),
    # Every unit's audit entries at once: superusers only (staff read an object's History in their units).
    "admin/reports/site-history/": Row(get=SUPERUSER, post=staff("denied", superuser=405)),
    "admin/reports/site-history/results/": Row(get=SUPERUSER, post=staff("denied", superuser=405)),
    "admin/images/chooser/": Row(get=STAFF, post=staff(405)),
    "admin/images/chooser/results/": Row(get=STAFF, post=staff(405)),
    "admin/images/chooser/chosen-multiple/": Row(get=STAFF, post=staff(405)),
    "admin/images/chooser/create/": Row(get=SUPERUSER, post=SUPERUSER_POST),
    "admin/images/chooser/chosen/<str:pk>/": Row(get=staff(ANY), post=None, url="/admin/images/chooser/chosen/1/"),
    "admin/images/chooser/<int:image_id>/select_format/": Row(
        get=staff(ANY), post=None, url="/admin/images/chooser/1/select_format/"
    ),
    "admin/documents/chooser/": Row(get=STAFF, post=staff(405)),
    "admin/documents/chooser/results/": Row(get=STAFF, post=staff(405)),
    "admin/documents/chooser/chosen-multiple/": Row(get=STAFF, post=staff(405)),
    "admin/documents/chooser/create/": Row(get=SUPERUSER, post=SUPERUSER_POST),
    "admin/documents/chooser/chosen/<str:pk>/": Row(
        get=SUPERUSER, post=None, url=lambda w: f"/admin/documents/chooser/chosen/{w.document.pk}/"
    ),
    "admin/choose-page/": Row(get=STAFF, post=staff(405)),
    "admin/choose-page/<int:parent_page_id>/": Row(
        get=STAFF, post=staff(405), url=lambda w: f"/admin/choose-page/{w.home_page.pk}/"
    ),
    "admin/choose-page/search/": Row(get=STAFF, post=staff(405)),
    "admin/choose-page/chosen-multiple/": Row(get=STAFF, post=staff(405)),
    # An empty POST to the external-link chooser is a 500 inside Wagtail (noticed, left alone).
    "admin/choose-external-link/": Row(get=STAFF, post=staff(500)),
    "admin/choose-email-link/": Row(get=STAFF, post=STAFF),
    "admin/choose-phone-link/": Row(get=STAFF, post=STAFF),
    "admin/choose-anchor-link/": Row(get=STAFF, post=STAFF),
    "admin/tag-autocomplete/": Row(get=STAFF, post=STAFF),
    "admin/tag-autocomplete/<slug:app_name>/<slug:model_name>/": Row(
        get=staff(ANY), post=None, url="/admin/tag-autocomplete/wagtaildocs/document/"
    ),
    "admin/embeds/chooser/": Row(get=STAFF, post=STAFF),
    "admin/embeds/chooser/upload/": Row(get=STAFF, post=STAFF),
    "admin/snippets/": Row(get=STAFF, post=staff(405)),
    "admin/workflows/tasks/select_type/": Row(
        get=staff("denied", superuser="redirect:/admin/workflows/tasks/add/wagtailcore/groupapprovaltask/"),
        post=SUPERUSER_POST,
    ),
    "admin/redirects/import/process/": Row(get=staff("denied", superuser=405), post=SUPERUSER_POST),
    # Wagtail's page bulk actions show staff the confirmation listing the pages they may not touch, and act on
    # none of them (the app's own bulk actions are rows in their modules).
    "admin/bulk/<str:app_label>/<str:model_name>/<str:action>/": Row(
        get=STAFF,
        post=staff("redirect:/admin/bulk/wagtailcore/page/delete/", superuser=ANY),
        url=lambda w: f"/admin/bulk/wagtailcore/page/delete/?id={w.home_page.pk}",
    ),
    # The back office itself.
    "admin/": Row(get=STAFF, post=staff(405)),
    "admin/test404/": Row(get=STAFF, post=staff(405)),
    "admin/failwhale/": Row(get=staff(500), post=staff(500)),  # Wagtail's deliberate error page
    "admin/account/": Row(get=STAFF, post=STAFF),
    "admin/logout/": Row(get=staff(405), post=LOGIN),
    "admin/dismissibles/": Row(get=STAFF, post=staff(405)),
    "admin/block-preview/": Row(get=staff("404"), post=staff(405)),
    "admin/sprite/": Row(get=OK_FOR_ALL, post=OK_FOR_ALL),
    "admin/jsi18n/": Row(get=OK_FOR_ALL, post=(405,) * 7),
    # Both admin/login/ patterns (ours first, Wagtail's shadowed): everyone is sent to allauth's log-in.
    "admin/login/": Row(get=LOGIN, post=LOGIN),
    "admin/^.*/$": Row(get=ADMIN_LOGIN_THEN_404, post=ADMIN_LOGIN_THEN_404, url="/admin/no-such-page/"),
    # The public site and Wagtail's helpers for private pages and documents.
    "^((?:[\\w\\-]+/)*)$": Row(get=OK_FOR_ALL, post=OK_FOR_ALL, url="/"),
    # Private pages' log-in goes through allauth too (issue 9, finding 1).
    "_util/login/": Row(get=LOGIN, post=LOGIN),
    "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/": Row(
        get=NOT_FOUND, post=NOT_FOUND, url=lambda w: f"/_util/authenticate_with_password/999999/{w.home_page.pk}/"
    ),
    # Tests keep files in memory: the serve view passes its checks and then finds no file on disk (404).
    "documents/^(\\d+)/(.*)$": Row(get=NOT_FOUND, post=NOT_FOUND, url=lambda w: w.document.url),
    "documents/authenticate_with_password/<int:restriction_id>/": Row(
        get=NOT_FOUND, post=NOT_FOUND, url="/documents/authenticate_with_password/999999/"
    ),
}
