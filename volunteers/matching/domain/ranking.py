"""Explained candidate ranking ("Finn Tidgiver"): hard filters in the database, then a weighted score with reasons.

The hard filters decide who may be asked at all; the score only orders those. Everything is computed for the
whole pool in a constant number of queries (pool.py), so ranking among 10,000 Tidgivere stays fast.
"""

from dataclasses import dataclass, field

import numpy as np
from django.db.models import Q
from django.utils import timezone

from training.api import required_complete_condition
from volunteers.enums import ADULT_AGE, AgeBand, VolunteerStatus, WishStrength
from volunteers.models import Application, Volunteer

from ..enums import NO_REMATCH, MatchState, ProposalState
from ..models import Match, Proposal, not_paused_q, settings_for
from . import proposals
from .pool import load_pool, under_capacity_q
from .scoring import explain, needs_for, points

# How many candidates the ranking page shows (the rest are counted).
SHOWN = 20


def adult_born_on_or_before(today):
    """People born on or before this day are adults today."""
    try:
        return today.replace(year=today.year - ADULT_AGE)
    except ValueError:  # 29 February
        return today.replace(year=today.year - ADULT_AGE, day=28)


def eligible_volunteers(unit, *, today=None):
    """Tidgivere of ``unit`` who may be proposed to anyone now.

    Approved and active, required training complete, not paused, room for another match (open matches and
    open proposals below capacity), and young Tidgivere only where the unit takes them.
    """
    today = today or timezone.localdate()
    queryset = Volunteer.objects.filter(
        unit=unit, status=VolunteerStatus.ACTIVE, approved_at__isnull=False, user__is_active=True
    )
    queryset = queryset.filter(required_complete_condition("user", "volunteer_role"))
    queryset = queryset.filter(Q(matching_profile__isnull=True) | not_paused_q(today, prefix="matching_profile__"))
    if unit.youth_minimum_age is None:
        # The few young applications as one uncorrelated subquery, not a join to every Tidgiver's application.
        young = Application.objects.filter(date_of_birth__gt=adult_born_on_or_before(today)).values("pk")
        queryset = queryset.exclude(application__in=young).exclude(matching_profile__age_band=AgeBand.UNDER_18)
    return queryset.filter(under_capacity_q(unit.pk))


def not_never_again_q(participant_id):
    """Leaves out Tidgivere who said no to this participant, or whose match with them was closed "do not rematch".

    Two uncorrelated NOT IN over the participant's own few rows (an index scan each, then a hash lookup per
    Tidgiver), not a correlated NOT EXISTS probed once per Tidgiver of the pool.
    """
    declined = Proposal.objects.filter(participant_id=participant_id, state=ProposalState.DECLINED)
    closed = Match.objects.filter(participant_id=participant_id, state=MatchState.CLOSED, rematch__in=NO_REMATCH)
    return ~Q(pk__in=declined.values("volunteer")) & ~Q(pk__in=closed.values("volunteer"))


def must_wishes_q(participant):
    """The participant's wishes marked "must" (a hard filter; wishes marked "prefer" give points instead)."""
    condition = Q()
    if participant.preferred_gender and participant.gender_wish == WishStrength.MUST:
        condition &= Q(matching_profile__gender=participant.preferred_gender)
    if participant.preferred_age_band and participant.age_wish == WishStrength.MUST:
        condition &= Q(matching_profile__age_band=participant.preferred_age_band)
    return condition


def eligible_for(participant, *, today=None):
    """Tidgivere who may be proposed to ``participant``: eligible_volunteers of their unit, less the pairs that
    must never be proposed again, and only those who meet the participant's "must" wishes."""
    queryset = eligible_volunteers(participant.unit, today=today)
    return queryset.filter(not_never_again_q(participant.pk)).filter(must_wishes_q(participant))


@dataclass
class Candidate:
    volunteer_id: int
    rank: int
    score: int
    reasons: list
    volunteer: Volunteer | None = None


@dataclass
class Ranking:
    participant: object
    candidates: list = field(default_factory=list)
    pool_size: int = 0
    weights: dict = field(default_factory=dict)

    def find(self, volunteer_id):
        return next((c for c in self.candidates if c.volunteer_id == volunteer_id), None)


def order_of(total, pool):
    """Pool rows from the best score down; ties go to who has waited longest since approval, then to the lower id."""
    return np.lexsort((pool.ids, -pool.days_approved, -total))


def rank(participant, *, limit=SHOWN, include=None, today=None):
    """The participant's best ``limit`` candidates, each with score, place and reason lines.

    ``include`` (a volunteer id) adds that Tidgiver's entry even when it is below ``limit`` (to open or propose
    them); the pool is always scored in full, so every place is the true one.
    """
    weights = settings_for(participant.unit).weights
    needs = needs_for([participant])[participant.pk]
    pool = load_pool(eligible_for(participant, today=today), participant.unit_id, needs=needs, today=today)
    by_component, total = points(needs, pool, weights)
    order = order_of(total, pool)
    rows = list(order[:limit])
    if include is not None and (row := pool.index_of(include)) is not None and row not in rows:
        rows.append(row)
    places = {int(row): place for place, row in enumerate(order, start=1)} if include is not None else {}
    candidates = [
        Candidate(
            volunteer_id=int(pool.ids[row]),
            rank=places.get(int(row), position + 1),
            score=int(total[row]),
            reasons=explain(needs, pool, row, by_component),
        )
        for position, row in enumerate(rows)
    ]
    shown = Volunteer.objects.select_related("user", "volunteer_role")
    volunteers = shown.in_bulk([candidate.volunteer_id for candidate in candidates])
    for candidate in candidates:
        candidate.volunteer = volunteers[candidate.volunteer_id]
    return Ranking(participant=participant, candidates=candidates, pool_size=len(pool), weights=weights)


class NotACandidate(Exception):
    """The Tidgiver is not in the participant's unit or does not pass the hard filters for them."""


def propose_candidate(participant, volunteer_id, by, *, override_reason=""):
    """Propose Tidgiver ``volunteer_id`` for ``participant``, storing the ranking's score, reasons and place as
    they are now. Outside the top three the proposal pipeline asks for ``override_reason``."""
    candidate = rank(participant, limit=0, include=volunteer_id).find(volunteer_id)
    if candidate is None:
        raise NotACandidate(volunteer_id)
    return proposals.propose(
        participant,
        candidate.volunteer,
        by,
        score=candidate.score,
        reasons=candidate.reasons,
        rank=candidate.rank,
        override_reason=override_reason,
    )
