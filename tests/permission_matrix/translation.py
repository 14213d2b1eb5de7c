"""wagtail.contrib.simple_translation's admin views ("Translate" a page or snippet): like the rest of the
CMS, for superusers only (coordinators do not edit pages; they have no submit_translation permission)."""

from tests.permission_matrix import SUPERUSER, Row
from tests.permission_matrix.wagtail import SUPERUSER_POST

ROWS = {
    "admin/translation/submit/page/<int:page_id>/": Row(
        get=SUPERUSER, post=SUPERUSER_POST, url=lambda w: f"/admin/translation/submit/page/{w.home_page.pk}/"
    ),
    "admin/translation/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/": Row(
        # No snippet is translatable (the declaration keeps one text per version): 404 even for superusers.
        get=(*SUPERUSER[:6], "404"),
        post=SUPERUSER_POST,
        url="/admin/translation/submit/snippet/volunteers/interest/1/",
    ),
}
