"""privacy: the person's own data and deletion request on Min side, the records of processing, and the back
office's deletion requests (their own units only)."""

from tests.permission_matrix import LOGGED_IN, OK_FOR_ALL, OWN_UNIT, STAFF, Row, staff

OWN_ONLY_GET = ("login", 405, 405, 405, 405, 405, 405)  # GET-only pages: log in first, then the method
# An empty POST asks to be deleted (back to Min side); staff get the page that says why they cannot.
ASK_TO_BE_DELETED = ("login", "redirect:/min-side/", "redirect:/min-side/", "ok", "ok", "ok", "ok")
CONFIRMED = "redirect:/admin/deletion_requests/inspect/{w.erasure_request.pk}/"


def _erasure_request(world):
    from portal.org.enums import Role
    from portal.privacy.domain import erasure
    from tests import factories

    return erasure.request_erasure(factories.make_member(world.unit, Role.APPLICANT, first_name="Slett"))


FIXTURES = {"erasure_request": _erasure_request}

ROWS = {
    "min-side/personvern/mine-data/": Row(get=LOGGED_IN, post=OWN_ONLY_GET),
    "min-side/personvern/mine-data.json": Row(get=LOGGED_IN, post=OWN_ONLY_GET),
    "min-side/personvern/slett-meg/": Row(get=LOGGED_IN, post=ASK_TO_BE_DELETED),
    "behandlingsprotokoll/": Row(get=OK_FOR_ALL, post=(405,) * 7),
    "admin/deletion_requests/": Row(get=STAFF, post=staff(405)),
    "admin/deletion_requests/results/": Row(get=STAFF, post=staff(405)),
    "admin/deletion_requests/inspect/<int:pk>/": Row(
        get=OWN_UNIT,
        post=staff(405, "404"),
        url=lambda w: f"/admin/deletion_requests/inspect/{w.erasure_request.pk}/",
    ),
    # The confirm button deletes the person now: only a coordinator of their unit (or above) may.
    "admin/deletion_requests/confirm/<int:pk>/": Row(
        get=staff(405),
        post=staff(CONFIRMED, "404"),
        url=lambda w: f"/admin/deletion_requests/confirm/{w.erasure_request.pk}/",
    ),
}
