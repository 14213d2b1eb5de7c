"""The Tidgiver's matches on Min side: open proposals to answer, active matches, ended matches.

A Tidgiver sees only their own, and of the participant only what the match shares: the display name and what the
coordinator chose to tell (plus, while asked, the minimal facts of the proposal). Never the code or life areas.
"""

from django.db.models import F, OuterRef, Subquery
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from volunteers.models import Interest

from .enums import OPEN_MATCH_STATES, MatchState, ProposalState
from .models import FollowUp, Match, Proposal

ENDED_SHOWN = 10


def _contact(unit, coordinator):
    name = coordinator.get_full_name() if coordinator else ""
    return {
        "name": name,
        "phone": getattr(coordinator, "phone", "") or unit.contact_phone,
        "email": getattr(coordinator, "email", "") or unit.contact_email,
    }


def open_proposals(user):
    """[(proposal, "interest, interest")] of the proposals waiting for an answer, in one query: a row per proposal
    and interest of the participant (a handful), rather than a second query for the interests."""
    rows = (
        Proposal.objects.filter(volunteer__user=user, state=ProposalState.SENT, deadline__gt=timezone.now())
        .select_related("participant", "unit", "proposed_by")
        .annotate(
            interest_name=F("participant__interests__name"), interest_name_en=F("participant__interests__name_en")
        )
        .order_by("deadline", "pk", "participant__interests__sort_order", "participant__interests__name")
    )
    proposals, interests = {}, {}
    for row in rows:
        proposals.setdefault(row.pk, row)
        if row.interest_name is not None:
            interests.setdefault(row.pk, []).append(str(Interest(name=row.interest_name, name_en=row.interest_name_en)))
    return [(proposal, ", ".join(interests.get(pk, []))) for pk, proposal in proposals.items()]


def matches_of(user):
    pending = FollowUp.objects.filter(match=OuterRef("pk"), done_on__isnull=True).order_by("due_on")
    return list(
        Match.objects.filter(volunteer__user=user)
        .select_related("participant", "unit", "proposal__proposed_by", "participant__responsible")
        .annotate(next_follow_up_on=Subquery(pending.values("due_on")[:1]))
        .order_by("-started_on", "-pk")
    )


def own_matches(request):
    """The person's matches (``matches_of``), read once per request: the hours section asks too."""
    cached = getattr(request, "_own_matches", None)
    if cached is None:
        cached = matches_of(request.user)
        request._own_matches = cached
    return cached


def _match_row(match):
    coordinator = (match.proposal.proposed_by if match.proposal else None) or match.participant.responsible
    return {
        "match": match,
        "name": match.participant.display_name,
        "shared": match.shared_with_tidgiver,
        "contact": _contact(match.unit, coordinator),
        "next_follow_up": match.next_follow_up_on,
    }


def matches_section(request):
    user = request.user
    proposals = open_proposals(user)
    matches = own_matches(request)
    if not proposals and not matches:
        return {
            "template": "includes/empty_section.html",
            "title": _("Matches"),
            "empty": _("You have no match yet."),
        }
    return {
        "template": "matching/minside/matches_section.html",
        "title": _("Matches"),
        "proposals": [{"proposal": proposal, "interests": interests} for proposal, interests in proposals],
        "active": [_match_row(match) for match in matches if match.state in OPEN_MATCH_STATES],
        "ended": [_match_row(match) for match in matches if match.state == MatchState.CLOSED][:ENDED_SHOWN],
    }
