"""The proposal pipeline: propose → the Tidgiver answers (or it expires, or is withdrawn).

Each function locks, asks the guard, saves, writes the audit event and queues the message; all in one
transaction, so a rolled-back change sends nothing.
"""

import datetime

from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from ..enums import AnswerSource, ProposalState
from ..models import Proposal, settings_for
from . import messages
from .audit import record
from .errors import Blocked, NotYours, ProposalExpired
from .guards import blockers, propose_blockers
from .locks import lock_pair, refresh

PS = ProposalState


@transaction.atomic
def propose(participant, volunteer, by, *, score=None, reasons=(), rank=None, override_reason=""):
    """Ask `volunteer` to become the Tidgiver of `participant`. Returns the new Proposal.

    Raises Blocked (with every reason) when the pair cannot be proposed now; nothing is saved then.
    Two coordinators proposing for one participant at once: the second waits for the first's lock, then is
    refused because an open proposal exists (the partial unique constraint catches it where rows are not locked).
    """
    participant, volunteer = lock_pair(participant.pk, volunteer.pk)
    problems = propose_blockers(participant, volunteer, rank=rank, override_reason=override_reason)
    if problems:
        raise Blocked(problems)
    now = timezone.now()
    settings = settings_for(volunteer.unit)
    try:
        with transaction.atomic():
            proposal = Proposal.objects.create(
                unit_id=participant.unit_id,
                participant=participant,
                volunteer=volunteer,
                number=_next_number(volunteer),
                sent_at=now,
                deadline=now + datetime.timedelta(days=settings.proposal_deadline_days),
                score=score,
                reasons=[dict(reason) for reason in reasons],
                rank=rank,
                override_reason=override_reason.strip(),
                proposed_by=by,
            )
    except IntegrityError:
        raise Blocked([_("Someone else just made a proposal for this participant.")]) from None
    record(proposal, actor=by, from_state="", to_state=PS.SENT, reason=override_reason, at=now)
    messages.ask(proposal)
    return proposal


def _next_number(volunteer):
    """The next short number among all the person's proposals (in every unit), so "JA 3" is unambiguous."""
    latest = Proposal.objects.filter(volunteer__user_id=volunteer.user_id).aggregate(latest=Max("number"))["latest"]
    return (latest or 0) + 1


def _lock(proposal):
    locked = Proposal.objects.select_for_update(of=("self",)).get(pk=proposal.pk)
    refresh(proposal, locked, "state", "deadline", "answered_at", "reminded_at")
    return proposal


def _move(proposal, to_state, *, actor, reason="", source="", now=None):
    now = now or timezone.now()
    from_state = proposal.state
    proposal.state = to_state
    proposal.save(update_fields=["state", "answered_at", "answer_source", "decline_reason"])
    record(proposal, actor=actor, from_state=from_state, to_state=to_state, reason=reason, source=source, at=now)


_EXPIRED = object()


def answer(proposal, accepted, by, *, source=AnswerSource.MIN_SIDE, reason=""):
    """The Tidgiver says yes or no. Returns True if the answer changed the proposal, False for a repeat.

    `by` is the Tidgiver's user (Min side, SMS) or a coordinator recording a phoned answer (source
    COORDINATOR). Raises ProposalExpired after the deadline (the proposal is expired and stays so), NotYours
    when someone else answers as the Tidgiver, Blocked when the proposal is no longer open.
    """
    source = AnswerSource(source)
    if source in (AnswerSource.MIN_SIDE, AnswerSource.SMS) and by.pk != proposal.volunteer.user_id:
        raise NotYours()
    outcome = _answer(proposal, accepted, by, source, reason)
    if outcome is _EXPIRED:
        raise ProposalExpired()
    return outcome


@transaction.atomic
def _answer(proposal, accepted, by, source, reason):
    _lock(proposal)
    to_state = PS.ACCEPTED if accepted else PS.DECLINED
    if proposal.state == to_state:
        return False
    if proposal.state == PS.EXPIRED:
        return _EXPIRED
    if proposal.state == PS.SENT and proposal.deadline <= timezone.now():
        _expire_locked(proposal)
        return _EXPIRED
    problems = blockers(proposal, to_state)
    if problems:
        raise Blocked(problems)
    proposal.answered_at = timezone.now()
    proposal.answer_source = source
    proposal.decline_reason = "" if accepted else reason.strip()[:1000]
    _move(proposal, to_state, actor=by, reason=reason, source=source, now=proposal.answered_at)
    messages.answered(proposal)
    return True


@transaction.atomic
def withdraw(proposal, by, reason=""):
    """The coordinator takes the proposal back (before or after a yes). False if it already was withdrawn."""
    _lock(proposal)
    if proposal.state == PS.WITHDRAWN:
        return False
    problems = blockers(proposal, PS.WITHDRAWN)
    if problems:
        raise Blocked(problems)
    _move(proposal, PS.WITHDRAWN, actor=by, reason=reason)
    messages.withdrawn(proposal)
    return True


@transaction.atomic
def expire(proposal, by=None):
    """No answer by the deadline (the scheduled task, or a late answer). False if it already expired."""
    _lock(proposal)
    if proposal.state == PS.EXPIRED:
        return False
    problems = blockers(proposal, PS.EXPIRED)
    if problems:
        raise Blocked(problems)
    _expire_locked(proposal, by)
    return True


def _expire_locked(proposal, by=None):
    _move(proposal, PS.EXPIRED, actor=by, reason=_("No answer by the deadline."), source=AnswerSource.SYSTEM)


def mark_reminded(proposal, now=None):
    """Remember that the reminder went out (a reminder is an event, not a state change)."""
    now = now or timezone.now()
    proposal.reminded_at = now
    proposal.save(update_fields=["reminded_at"])
    record(proposal, actor=None, from_state=proposal.state, to_state=proposal.state, kind="reminder", at=now)
