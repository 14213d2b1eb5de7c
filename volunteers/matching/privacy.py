"""Matching's part of "download my data" and "delete me" (portal.privacy registry).

About participants a Tidgiver gets their display name only, never the participant's record. Erasing keeps the
matches and proposals for the funder report (units, dates, states, closure codes) and removes what the person
wrote (their reason for a no). The matching profile is its own part ("matching_profile", profile_registration).
"""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from portal.privacy.describe import describe
from portal.privacy.registry import register

from .enums import OPEN_MATCH_STATES, OPEN_PROPOSAL_STATES
from .models import Match, Proposal

PROPOSAL_FIELDS = ("number", "unit", "state", "sent_at", "deadline", "answered_at", "answer_source", "decline_reason")
MATCH_FIELDS = ("unit", "state", "started_on", "first_meeting_on", "closed_on")


def collect(user):
    proposals = Proposal.objects.filter(volunteer__user=user).select_related("unit", "participant")
    matches = Match.objects.filter(volunteer__user=user).select_related("unit", "participant")
    return {
        str(_("Match proposals")): [
            {str(_("Participant")): p.participant.display_name, **describe(p, PROPOSAL_FIELDS)}
            for p in proposals.order_by("sent_at")
        ],
        str(_("Matches")): [
            {str(_("Participant")): m.participant.display_name, **describe(m, MATCH_FIELDS)}
            for m in matches.order_by("started_on")
        ],
    }


def blocks_erasure(user):
    if Match.objects.filter(volunteer__user=user, state__in=OPEN_MATCH_STATES).exists():
        return _("You have an active match. Your coordinator closes it before your data can be deleted.")
    if Proposal.objects.filter(volunteer__user=user, state__in=OPEN_PROPOSAL_STATES).exists():
        return _("You have an open match proposal. Answer it (or ask your coordinator to withdraw it) first.")
    return None


def erase(user):
    Proposal.objects.filter(volunteer__user=user).update(decline_reason="")


def register_privacy_part():
    register(
        "matching",
        title=gettext_lazy("Match proposals and matches"),
        collect=collect,
        erase=erase,
        blocks_erasure=blocks_erasure,
    )
