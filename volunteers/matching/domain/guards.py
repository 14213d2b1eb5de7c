"""One guard per pipeline: why a move cannot be made now. The transition functions and the buttons both ask it.

`blockers(...)` returns a list of reasons (empty: the move is allowed). Reading only; nothing is locked here.
"""

from django.utils import timezone
from django.utils.translation import gettext as _

from training.api import required_complete
from volunteers.enums import ADULT_AGE, VolunteerStatus
from volunteers.participants.enums import ParticipantStatus

from ..enums import (
    MATCH_TRANSITIONS,
    NO_REMATCH,
    OPEN_MATCH_STATES,
    OPEN_PROPOSAL_STATES,
    PROPOSAL_TRANSITIONS,
    MatchState,
    ProposalState,
)
from ..models import Match, MatchingProfile, Proposal

# Choosing a Tidgiver below this place in the ranking needs a short reason (an auditable override).
TOP_PLACES = 3


def profile_of(volunteer):
    """The Tidgiver's matching profile, or the defaults (capacity 1, not paused) while they have none."""
    try:
        return volunteer.matching_profile
    except MatchingProfile.DoesNotExist:
        return MatchingProfile(unit_id=volunteer.unit_id, volunteer=volunteer)


def load(volunteer, *, excluding_proposal=None):
    """Places taken: open matches plus open proposals (a yes would become a match)."""
    matches = Match.objects.filter(volunteer=volunteer, state__in=OPEN_MATCH_STATES).count()
    proposals = Proposal.objects.filter(volunteer=volunteer, state__in=OPEN_PROPOSAL_STATES)
    if excluding_proposal is not None:
        proposals = proposals.exclude(pk=excluding_proposal.pk)
    return matches + proposals.count()


def never_again(participant, volunteer):
    """The Tidgiver said no to this participant before, or a match of the two was closed "do not rematch"."""
    declined = Proposal.objects.filter(participant=participant, volunteer=volunteer, state=ProposalState.DECLINED)
    closed = Match.objects.filter(
        participant=participant, volunteer=volunteer, state=MatchState.CLOSED, rematch__in=NO_REMATCH
    )
    return declined.exists() or closed.exists()


def propose_blockers(participant, volunteer, *, rank=None, override_reason="", day=None):
    day = day or timezone.localdate()
    reasons = _participant_blockers(participant)
    if participant.unit_id != volunteer.unit_id:
        reasons.append(_("The Tidgiver and the participant are not in the same unit."))
    if Proposal.objects.open().filter(participant=participant).exists():
        reasons.append(_("The participant already has an open proposal. Withdraw it first."))
    reasons += _volunteer_blockers(volunteer, day, load(volunteer))
    if never_again(participant, volunteer):
        reasons.append(_("This Tidgiver must not be proposed for this participant again."))
    if (rank is None or rank > TOP_PLACES) and not override_reason.strip():
        reasons.append(_("Write a short reason for choosing a Tidgiver outside the top three."))
    return reasons


def _participant_blockers(participant):
    if participant.erased_at is not None:
        return [_("The participant's record is erased.")]
    if participant.status != ParticipantStatus.WAITING:
        return [
            _("The participant is not waiting for a Tidgiver (status: %(status)s).")
            % {"status": participant.get_status_display()}
        ]
    return []


def _volunteer_blockers(volunteer, day, taken):
    reasons = []
    if volunteer.status != VolunteerStatus.ACTIVE or volunteer.approved_at is None:
        reasons.append(_("The Tidgiver is not an active, approved Tidgiver."))
    profile = profile_of(volunteer)
    if profile.is_paused_on(day):
        if profile.paused_until:
            reasons.append(
                _("The Tidgiver is paused until %(day)s.") % {"day": profile.paused_until.strftime("%d.%m.%Y")}
            )
        else:
            reasons.append(_("The Tidgiver is paused."))
    if taken >= profile.capacity:
        reasons.append(
            _("The Tidgiver has no room for another match (%(taken)s of %(capacity)s).")
            % {"taken": taken, "capacity": profile.capacity}
        )
    if not required_complete(volunteer.user, volunteer.volunteer_role):
        reasons.append(_("The Tidgiver has not completed the required training."))
    if _is_youth_outside_rules(volunteer):
        reasons.append(_("The unit does not take young Tidgivers."))
    return reasons


def _is_youth_outside_rules(volunteer):
    application = volunteer.application
    if application is None or volunteer.unit.youth_minimum_age is not None:
        return False
    return application.age < ADULT_AGE


def blockers(obj, to_state, *, day=None):
    """Why `obj` (a Proposal or a Match) cannot move to `to_state` now; empty when it can."""
    if isinstance(obj, Proposal):
        return _proposal_blockers(obj, ProposalState(to_state), day or timezone.localdate())
    if isinstance(obj, Match):
        return _match_blockers(obj, MatchState(to_state))
    raise TypeError(f"No pipeline for {type(obj).__name__}.")


def allowed_moves(obj, *, day=None):
    """The states `obj` may move to now (what the back office and Min side offer as buttons)."""
    table = PROPOSAL_TRANSITIONS if isinstance(obj, Proposal) else MATCH_TRANSITIONS
    return [state for state in table[obj.state] if not blockers(obj, state, day=day)]


def _proposal_blockers(proposal, to_state, day):
    from_state = ProposalState(proposal.state)
    if to_state not in PROPOSAL_TRANSITIONS[from_state]:
        return [
            _("A proposal cannot go from “%(from)s” to “%(to)s”.") % {"from": from_state.label, "to": to_state.label}
        ]
    passed = proposal.deadline <= timezone.now()
    if to_state in (ProposalState.ACCEPTED, ProposalState.DECLINED) and passed:
        return [_("The deadline for answering has passed.")]
    if to_state == ProposalState.EXPIRED and not passed:
        return [_("The deadline has not passed yet.")]
    if to_state == ProposalState.MATCHED:
        volunteer = proposal.volunteer
        reasons = _participant_blockers(proposal.participant)
        reasons += _volunteer_blockers(volunteer, day, load(volunteer, excluding_proposal=proposal))
        return reasons
    return []


def _match_blockers(match, to_state):
    from_state = MatchState(match.state)
    if to_state not in MATCH_TRANSITIONS[from_state]:
        return [_("A match cannot go from “%(from)s” to “%(to)s”.") % {"from": from_state.label, "to": to_state.label}]
    return []
