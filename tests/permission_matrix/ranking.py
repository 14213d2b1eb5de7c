"""Matrix rows of the ranking pages: "Finn Tidgiver" (list, candidate, propose) and the cohort suggestions."""

from tests import factories
from tests.permission_matrix import OWN_UNIT, STAFF, Row, staff
from volunteers.matching.enums import DEFAULT_WEIGHTS


def _find(w):
    return f"/admin/matching/find/{w.ranking_participant.pk}/"


def _trained_volunteer(w):
    """A Tidgiver who passes every hard filter, so the candidate page and proposing have someone to show."""
    from django.utils import timezone

    from training.models import ModuleProgress

    volunteer = factories.make_volunteer(w.unit, first_name="Kandidat")
    module = w.training_module  # the matrix's required module: passed, or the candidate would be filtered out
    ModuleProgress.objects.create(
        user=volunteer.user, module=module, attempt_count=1, passed_at=timezone.now(), passed_version=1
    )
    return volunteer


_SAVED_WEIGHTS = "redirect:/admin/matching/weights/?unit={w.unit.pk}"

FIXTURES = {
    "ranking_participant": lambda w: factories.make_participant(w.unit, display_name="Matrise"),
    "ranking_volunteer": _trained_volunteer,
}

ROWS = {
    "admin/matching/find/<int:participant_pk>/": Row(get=OWN_UNIT, post=staff(405, "404"), url=_find),
    "admin/matching/find/<int:participant_pk>/tidgiver/<int:volunteer_pk>/": Row(
        get=OWN_UNIT, post=staff(405, "404"), url=lambda w: f"{_find(w)}tidgiver/{w.ranking_volunteer.pk}/"
    ),
    # POST proposes the top candidate (rolled back afterwards) and goes back to the list; another unit's is a 404.
    "admin/matching/find/<int:participant_pk>/propose/": Row(
        get=staff(405),
        post=staff("redirect:/admin/matching/find/{w.ranking_participant.pk}/", "404"),
        url=lambda w: f"{_find(w)}propose/",
        data=lambda w: {"volunteer": w.ranking_volunteer.pk, "back": "find"},
    ),
    "admin/matching/cohort/": Row(get=STAFF, post=staff(405)),
    # The unit's ranking weights: its unit admin (and superusers) only; a POST of the defaults saves them.
    "admin/matching/weights/": Row(
        get=staff(403, 403, "ok", "ok"),
        post=staff(
            403,
            403,
            "redirect:/admin/matching/weights/?unit={w.unit.pk}",
            "redirect:/admin/matching/weights/?unit={w.unit.pk}",
        ),
        url=lambda w: f"/admin/matching/weights/?unit={w.unit.pk}",
        data=lambda w: dict(DEFAULT_WEIGHTS),
    ),
    "/admin/matching/cohort/?unit=<own unit>": Row(
        get=OWN_UNIT, post=None, url=lambda w: f"/admin/matching/cohort/?unit={w.unit.pk}"
    ),
}
