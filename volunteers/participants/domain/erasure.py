"""Erasure: the person's data goes, an anonymous row stays so the funder report still counts them.

Kept: unit, dates (start, registered, status changes), status, prioritised life areas, goal scores and life
satisfaction, the access log (ids only), and what matching keeps about its matches (closure reasons).
Removed: display name, code, responsible staff member, wishes, interests, languages, times, "what would help",
goal wordings and the reasons typed at status changes.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.org import audit

from ..enums import ParticipantStatus
from ..models import Participant
from .access import ERASED, anonymous_label
from .errors import ParticipantError
from .status import set_status

# Other apps that hold free text about a participant (matching: what was shared, closure notes) register a
# function here from their AppConfig.ready(); participants never imports them.
ERASERS = []

BLANKED = {
    "display_name": "",
    "code": "",
    "responsible": None,
    "age_band": "",
    "municipality": "",
    "postal_code": "",
    "preferred_gender": "",
    "preferred_age_band": "",
    "wants_lived_experience": False,
    "what_would_help": "",
    "consent_recorded_by": None,
}


def register_eraser(function):
    if function not in ERASERS:
        ERASERS.append(function)
    return function


@transaction.atomic
def erase(participant, *, actor):
    """Blank the personal fields and keep the anonymous row. False if it was erased already.

    Refused while the participant is matched: close the match first (its closure reason is what the report
    keeps).
    """
    locked = Participant.objects.select_for_update().get(pk=participant.pk)
    if locked.erased_at is not None:
        return False
    if locked.status == ParticipantStatus.MATCHED:
        raise ParticipantError(_("Close the participant's match before deleting the participant."))
    set_status(locked, ParticipantStatus.ENDED, actor=actor, reason="")
    for name, value in BLANKED.items():
        setattr(locked, name, value)
    locked.erased_at = timezone.now()
    locked.save()
    locked.interests.clear()
    locked.languages.clear()
    locked.slots.all().delete()
    locked.goals.update(text="")
    locked.status_changes.update(reason="")
    audit.anonymise_about(locked)  # Wagtail's history of the record (created, edited, viewed) named it
    audit.record(locked, ERASED, user=actor, data={"page": "erase"}, title=anonymous_label(locked))
    for eraser in ERASERS:
        eraser(locked)
    participant.refresh_from_db()
    return True
