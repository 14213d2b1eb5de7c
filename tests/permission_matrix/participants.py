"""Participants (Deltakere) in the back office, and the Tidgiver's matching profile (Min side and back office).

A participant is own-unit staff business: another unit's coordinator gets a 404 for every record URL, Tidgivere
and applicants are sent to log in (the back office is not theirs). The matching profile on Min side is the
Tidgiver's own; anyone else's is a 404.
"""

from tests.permission_matrix import OWN_UNIT, STAFF, Row, staff

# Record pages with a form: an empty POST gets the form back with errors (200), outside the unit a 404.
FORM_POST = OWN_UNIT
# The status buttons and the scores form send everyone who may act back to the participant page.
STATUS_POST = staff("redirect:/admin/participants/{w.registered_participant.pk}/", "404")
ERASE_POST = staff("redirect:/admin/participants/", "404")
OWN_PROFILE = ("login", "404", "ok", "404", "404", "404", "404")
OWN_PROFILE_POST = ("login", "404", "ok", "404", "404", "404", "404")


def _participant(world):
    from tests.volunteers.participants.back_office import register

    return register(world.unit, display_name="Ali", code="DR-1")


def _url(suffix=""):
    return lambda w: f"/admin/participants/{w.registered_participant.pk}/{suffix}"


FIXTURES = {"registered_participant": _participant}

ROWS = {
    "admin/participants/": Row(get=STAFF, post=None),
    "/admin/participants/?export=csv": Row(get=STAFF, post=None),
    "/admin/participants/?export=xlsx": Row(get=STAFF, post=None),
    "/admin/participants/?q=Ali&status=waiting": Row(get=STAFF, post=None),
    "admin/participants/results/": Row(get=STAFF, post=None),
    "admin/participants/new/": Row(get=STAFF, post=STAFF),
    "admin/participants/<int:pk>/": Row(get=OWN_UNIT, post=staff(405, "404"), url=_url()),
    "admin/participants/<int:pk>/edit/": Row(get=OWN_UNIT, post=FORM_POST, url=_url("edit/")),
    "admin/participants/<int:pk>/delete/": Row(get=OWN_UNIT, post=ERASE_POST, url=_url("delete/")),
    "admin/participants/<int:pk>/history/": Row(get=OWN_UNIT, post=None, url=_url("history/")),
    "admin/participants/<int:pk>/history-results/": Row(get=OWN_UNIT, post=None, url=_url("history-results/")),
    "admin/participants/<int:pk>/status/": Row(get=staff(405), post=STATUS_POST, url=_url("status/")),
    "admin/participants/<int:pk>/scores/": Row(get=staff(405), post=STATUS_POST, url=_url("scores/")),
    "admin/tidgivere/<int:pk>/matching-profile/": Row(
        get=OWN_UNIT, post=FORM_POST, url=lambda w: f"/admin/tidgivere/{w.volunteer.pk}/matching-profile/"
    ),
    "tidgiver/tilgjengelighet/<int:pk>/": Row(
        get=OWN_PROFILE, post=OWN_PROFILE_POST, url=lambda w: f"/tidgiver/tilgjengelighet/{w.volunteer.pk}/"
    ),
}
