"""Whole-cohort suggestions: one Tidgiver for each waiting participant of a unit, chosen all at once.

Every waiting participant without an open proposal is scored against every eligible Tidgiver of the unit (the
same hard filters and score as "Finn Tidgiver"), and one assignment maximises the total score under each
Tidgiver's free places (assignment.py). The coordinator turns suggestions into proposals one by one.
"""

from dataclasses import dataclass, field

import numpy as np

from volunteers.models import Volunteer
from volunteers.participants.models import Participant

from ..enums import NO_REMATCH, OPEN_PROPOSAL_STATES, MatchState, ProposalState
from ..models import Match, Proposal, settings_for
from .assignment import best_assignment
from .pool import load_pool
from .ranking import eligible_volunteers, must_wishes_q
from .scoring import explain, needs_for, points


@dataclass
class Suggestion:
    participant: Participant
    volunteer: Volunteer
    score: int
    rank: int  # the Tidgiver's place in the participant's own ranking
    reasons: list


@dataclass
class Cohort:
    suggestions: list = field(default_factory=list)
    without_suggestion: list = field(default_factory=list)  # participants no free Tidgiver could be found for
    pool_size: int = 0
    free_places: int = 0


def waiting_participants(unit):
    """Waiting participants of the unit who have no open proposal, longest waiting first."""
    open_proposals = Proposal.objects.filter(unit=unit, state__in=OPEN_PROPOSAL_STATES).values("participant")
    return (
        Participant.objects.waiting().filter(unit=unit).exclude(pk__in=open_proposals).order_by("waiting_since", "pk")
    )


def _never_again(unit):
    """{participant id: volunteer ids} of the pairs that must never be proposed again (as ranking.not_never_again_q)."""
    declined = Proposal.objects.filter(unit=unit, state=ProposalState.DECLINED).values_list(
        "participant_id", "volunteer_id"
    )
    closed = Match.objects.filter(unit=unit, state=MatchState.CLOSED, rematch__in=NO_REMATCH).values_list(
        "participant_id", "volunteer_id"
    )
    pairs = {}
    for participant_id, volunteer_id in [*declined, *closed]:
        pairs.setdefault(participant_id, set()).add(volunteer_id)
    return pairs


def _must_masks(participants, unit, pool):
    """{participant id: bool mask over the pool} for participants with "must" wishes; one query per distinct set
    of wishes (at most a few dozen), using the same condition as the single ranking."""
    masks, by_condition = {}, {}
    for participant in participants:
        condition = must_wishes_q(participant)
        if not condition:
            continue
        key = repr(condition)
        if key not in by_condition:
            allowed = Volunteer.objects.filter(unit=unit).filter(condition).values_list("pk", flat=True)
            by_condition[key] = np.isin(pool.ids, np.fromiter(allowed, dtype=np.int64))
        masks[participant.pk] = by_condition[key]
    return masks


def _place(total, pool, allowed, row):
    """The Tidgiver's place among the candidates the participant may have, in ranking order (ranking.order_of:
    score, then longest since approval, then lower id), counted without sorting the pool."""
    score, days, volunteer_id = total[row], pool.days_approved[row], pool.ids[row]
    ahead = (total > score) | (
        (total == score) & ((pool.days_approved > days) | ((pool.days_approved == days) & (pool.ids < volunteer_id)))
    )
    return int(np.count_nonzero(ahead & allowed)) + 1


def suggest(unit, *, today=None):
    participants = list(waiting_participants(unit))
    pool = load_pool(eligible_volunteers(unit, today=today), unit.pk, today=today)
    weights = settings_for(unit).weights
    needs = needs_for(participants)
    never_again = _never_again(unit)
    must = _must_masks(participants, unit, pool)
    row_of = {int(volunteer_id): row for row, volunteer_id in enumerate(pool.ids)}
    scores = np.full((len(participants), len(pool)), np.nan)
    allowed_of = {}
    for position, participant in enumerate(participants):
        _by_component, total = points(needs[participant.pk], pool, weights)
        allowed = must.get(participant.pk, np.ones(len(pool), dtype=bool)).copy()
        for volunteer_id in never_again.get(participant.pk, ()):
            if volunteer_id in row_of:
                allowed[row_of[volunteer_id]] = False
        scores[position, allowed] = total[allowed]
        allowed_of[participant.pk] = allowed
    free = pool.capacity - pool.taken
    pairs = best_assignment(scores, free)
    volunteers = Volunteer.objects.select_related("user", "volunteer_role").in_bulk(
        [int(pool.ids[row]) for _p, row in pairs]
    )
    suggestions = []
    for position, row in pairs:
        participant = participants[position]
        by_component, total = points(needs[participant.pk], pool, weights)
        suggestions.append(
            Suggestion(
                participant=participant,
                volunteer=volunteers[int(pool.ids[row])],
                score=int(total[row]),
                rank=_place(total, pool, allowed_of[participant.pk], row),
                reasons=explain(needs[participant.pk], pool, row, by_component),
            )
        )
    suggested = {suggestion.participant.pk for suggestion in suggestions}
    suggestions.sort(key=lambda s: (s.participant.waiting_since is None, s.participant.waiting_since, s.participant.pk))
    return Cohort(
        suggestions=suggestions,
        without_suggestion=[p for p in participants if p.pk not in suggested],
        pool_size=len(pool),
        free_places=int(free.sum()),
    )
