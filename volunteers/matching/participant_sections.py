"""What matching adds to the participant page: proposals, matches and their follow-ups (read-only here).

Registered with the participants app's page hook, because participants never imports matching.
"""

from django.db.models import Prefetch
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from volunteers.participants.enums import ParticipantStatus

from .models import FollowUp, Match, Proposal


def matching_section(request, participant):
    proposals = Proposal.objects.filter(participant=participant).select_related("volunteer__user", "proposed_by")
    matches = (
        Match.objects.filter(participant=participant)
        .select_related("volunteer__user")
        .prefetch_related(
            Prefetch("follow_ups", FollowUp.objects.select_related("recorded_by").order_by("due_on", "pk"))
        )
    )
    return {
        "template": "matching/admin/participant_section.html",
        "title": _("Proposals and matches"),
        "participant": participant,
        "proposals": proposals,
        "matches": matches,
        "find_url": find_url(participant),
    }


def find_url(participant):
    """The "Finn Tidgiver" link while the participant waits; nothing to find for anyone else."""
    if participant.status != ParticipantStatus.WAITING:
        return ""
    return reverse("matching_find_tidgiver", args=[participant.pk])
