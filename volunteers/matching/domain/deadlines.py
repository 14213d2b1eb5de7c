"""Time-driven moves: remind unanswered proposals, expire them at the deadline, end pauses on their return date.

Each step takes one row, claims it under a row lock and re-checks, so the task can run twice (or two workers
at once) and the Tidgiver still gets one reminder and the proposal one expiry.
"""

import datetime

from django.db import transaction
from django.utils import timezone

from ..enums import DEFAULT_REMINDER_AFTER_DAYS, ProposalState
from ..models import MatchingProfile, MatchingSettings, Proposal
from . import messages, proposals
from .guards import profile_of


def expirable_ids(now):
    return list(Proposal.objects.filter(state=ProposalState.SENT, deadline__lte=now).values_list("pk", flat=True))


def reminder_ids(now):
    """Sent, not reminded, still before the deadline, and sent at least the unit's reminder days ago."""
    custom = dict(MatchingSettings.objects.values_list("unit_id", "reminder_after_days"))
    candidates = Proposal.objects.filter(state=ProposalState.SENT, reminded_at__isnull=True, deadline__gt=now)
    by_default = candidates.exclude(unit_id__in=custom).filter(
        sent_at__lte=now - datetime.timedelta(days=DEFAULT_REMINDER_AFTER_DAYS)
    )
    ids = list(by_default.values_list("pk", flat=True))
    for unit_id, days in custom.items():
        due = candidates.filter(unit_id=unit_id, sent_at__lte=now - datetime.timedelta(days=days))
        ids += due.values_list("pk", flat=True)
    return sorted(ids)


def expire_one(proposal_id, now=None):
    proposal = Proposal.objects.filter(pk=proposal_id, state=ProposalState.SENT).first()
    if proposal is None or proposal.deadline > (now or timezone.now()):
        return False
    return proposals.expire(proposal)


@transaction.atomic
def remind_one(proposal_id, now=None):
    """Send the reminder once. A paused Tidgiver gets no nudge (the coordinator sees the proposal waiting)."""
    now = now or timezone.now()
    proposal = (
        Proposal.objects.select_for_update(of=("self",))
        .select_related("participant", "volunteer__user", "unit", "proposed_by")
        .filter(pk=proposal_id, state=ProposalState.SENT, reminded_at__isnull=True, deadline__gt=now)
        .first()
    )
    if proposal is None or profile_of(proposal.volunteer).is_paused_on(timezone.localdate(now)):
        return False
    messages.remind(proposal)
    proposals.mark_reminded(proposal, now)
    return True


def end_finished_pauses(today=None):
    """A pause with a return date ends by itself on that date."""
    today = today or timezone.localdate()
    finished = MatchingProfile.objects.filter(paused=True, paused_until__lte=today)
    return finished.update(paused=False, paused_until=None)


def run(now=None):
    """One pass of everything time-driven. Returns counts (for the task log)."""
    now = now or timezone.now()
    expired = sum(bool(expire_one(pk, now)) for pk in expirable_ids(now))
    reminded = sum(bool(remind_one(pk, now)) for pk in reminder_ids(now))
    resumed = end_finished_pauses(timezone.localdate(now))
    return {"expired": expired, "reminded": reminded, "pauses_ended": resumed}
