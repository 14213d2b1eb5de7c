"""Who looked at which participant record, when, and on which page: written on every view, through the one audit
function (`portal.org.audit.record`), so the record's History shows it and the unit admin sees it on the page.

Entries name the record by id only ("Participant 12") and say which page in `data`, so they hold no personal
data and outlive erasure.
"""

from django.db import transaction
from django.utils.translation import gettext as _

from portal.org import audit

from ..enums import AccessPage
from ..models import Participant

VIEWED = "participants.viewed"
ERASED = "participants.erased"


def anonymous_label(participant):
    """How audit entries name a participant: never the display name."""
    return _("Participant %(number)s") % {"number": participant.pk}


def log_view(participant, user, page):
    return audit.record(
        participant, VIEWED, user=user, data={"page": AccessPage(page).value}, title=anonymous_label(participant)
    )


@transaction.atomic
def log_rows(participants, user, page):
    """One entry per record shown in bulk (an export)."""
    return [log_view(Participant(pk=pk), user, page) for pk in participants.values_list("pk", flat=True)]


def log_for(participant):
    """The record's views, newest first."""
    return (
        audit.entries_about(participant)
        .filter(action__in=[VIEWED, ERASED])
        .select_related("user")
        .order_by("-timestamp", "-pk")
    )


def page_label(entry):
    page = (entry.data or {}).get("page", "")
    return AccessPage(page).label if page in AccessPage.values else page
