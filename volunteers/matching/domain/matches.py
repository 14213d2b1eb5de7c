"""The match pipeline: activate (from an accepted proposal) → pause ⇄ resume → close.

Each function locks, asks the guard, saves, writes the audit event and queues the message in one transaction.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from volunteers.participants.domain.status import set_status
from volunteers.participants.enums import ParticipantStatus, ScoreOccasion

from ..enums import ClosureReason, MatchState, ProposalState, Rematch
from ..models import Match, Proposal
from . import followups, messages
from .audit import record
from .errors import Blocked, MatchingError
from .guards import blockers
from .locks import lock_pair, refresh

MS = MatchState


@transaction.atomic
def activate(proposal, by, *, started_on=None, shared_with_tidgiver="", measure=""):
    """After the Tidgiver's yes, the coordinator confirms with the participant and starts the match.

    The proposal becomes "matched", the participant "matched", the first two follow-ups are scheduled and the
    Tidgiver is told. Returns the new Match. Raises Blocked when it cannot start now.
    """
    lock_pair(proposal.participant_id, proposal.volunteer_id)
    locked = (
        Proposal.objects.select_for_update(of=("self",)).select_related("participant", "volunteer").get(pk=proposal.pk)
    )
    problems = blockers(locked, ProposalState.MATCHED)
    if problems:
        raise Blocked(problems)
    now = timezone.now()
    locked.state = ProposalState.MATCHED
    locked.save(update_fields=["state"])
    refresh(proposal, locked, "state")
    record(locked, actor=by, from_state=ProposalState.ACCEPTED, to_state=ProposalState.MATCHED, at=now)
    match = Match.objects.create(
        unit_id=locked.unit_id,
        participant=locked.participant,
        volunteer=locked.volunteer,
        proposal=locked,
        state=MS.ACTIVE,
        started_on=started_on or timezone.localdate(now),
        shared_with_tidgiver=shared_with_tidgiver.strip(),
        measure=measure,
    )
    record(match, actor=by, from_state="", to_state=MS.ACTIVE, at=now)
    set_status(locked.participant, ParticipantStatus.MATCHED, actor=by, reason=_("A match started."))
    followups.schedule_first(match)
    messages.match_started(match, by)
    return match


def _lock(match):
    locked = Match.objects.select_for_update(of=("self",)).get(pk=match.pk)
    refresh(match, locked, "state", "closed_on", "closure_reason", "rematch", "first_meeting_on", "started_on")
    return match


def _move(match, to_state, *, by, reason="", fields=()):
    problems = blockers(match, to_state)
    if problems:
        raise Blocked(problems)
    from_state = match.state
    match.state = to_state
    match.save(update_fields=["state", *fields])
    record(match, actor=by, from_state=from_state, to_state=to_state, reason=reason)


@transaction.atomic
def pause(match, by, reason=""):
    """A break in the match (it keeps its place in the Tidgiver's capacity). False if already paused."""
    _lock(match)
    if match.state == MS.PAUSED:
        return False
    _move(match, MS.PAUSED, by=by, reason=reason)
    return True


@transaction.atomic
def resume(match, by, reason=""):
    _lock(match)
    if match.state == MS.ACTIVE:
        return False
    _move(match, MS.ACTIVE, by=by, reason=reason)
    return True


@transaction.atomic
def close(
    match,
    by,
    reason,
    rematch,
    text="",
    *,
    participant_ends=False,
    closed_on=None,
    goal_scores=None,
    life_satisfaction=None,
    notify=True,
):
    """End the match with a coded reason and "can the Tidgiver be matched again?".

    Frees the Tidgiver's place, removes follow-ups not held, and sets the participant back to waiting (or to
    ended with `participant_ends`) unless they have another open match. A "no" to rematch means this pair is
    never proposed again. `goal_scores` ({goal id: −2…+2}) and `life_satisfaction` (0–10) are the participant's
    scores at closure. False if the match was already closed.
    """
    reason, rematch = ClosureReason(reason), Rematch(rematch)
    _lock(match)
    if match.state == MS.CLOSED:
        return False
    if reason == ClosureReason.OTHER and not text.strip():
        raise MatchingError(_("Write a few words about why the match ended."))
    closed_on = closed_on or timezone.localdate()
    if closed_on < match.started_on:
        raise MatchingError(_("A match cannot end before it started."))
    match.closed_on = closed_on
    match.closure_reason, match.rematch, match.closure_text = reason, rematch, text.strip()
    _move(
        match, MS.CLOSED, by=by, reason=reason.label, fields=("closed_on", "closure_reason", "rematch", "closure_text")
    )
    followups.cancel_pending(match)
    followups.save_scores(match, by, goal_scores or {}, life_satisfaction, ScoreOccasion.CLOSURE, closed_on)
    _participant_after_closure(match, by, participant_ends)
    if notify:
        messages.match_closed(match, by)
    return True


def _participant_after_closure(match, by, participant_ends):
    participant = match.participant
    if Match.objects.open().filter(participant=participant).exists():
        return
    to_status = ParticipantStatus.ENDED if participant_ends else ParticipantStatus.WAITING
    if participant.status == ParticipantStatus.PAUSED and not participant_ends:
        return  # a paused participant stays paused; staff restart them when they are ready
    set_status(participant, to_status, actor=by, reason=_("The match was closed."))


@transaction.atomic
def note_first_meeting(match, by, day):
    """The first meeting took place (or is agreed) on `day`. False if that was already noted."""
    _lock(match)
    if match.first_meeting_on == day:
        return False
    if day < match.started_on:
        raise MatchingError(_("The first meeting cannot be before the match started."))
    old = match.first_meeting_on
    match.first_meeting_on = day
    match.save(update_fields=["first_meeting_on"])
    text = _("First meeting: %(day)s") % {"day": day.strftime("%d.%m.%Y")}
    if old:
        text += " (" + _("was %(day)s") % {"day": old.strftime("%d.%m.%Y")} + ")"
    record(match, actor=by, from_state=match.state, to_state=match.state, reason=text, kind="note")
    return True
