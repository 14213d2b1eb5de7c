"""The one place matching writes its audit trail: an append-only event per decision.

Every transition of a proposal or a match calls `record`; nothing else writes these rows.
"""

from django.utils import timezone

from ..models import Match, MatchEvent, Proposal, ProposalEvent
from ..models.events import REASON_LIMIT


def record(obj, *, actor, from_state, to_state, reason="", source="", kind="transition", at=None):
    fields = {
        "unit_id": obj.unit_id,
        "actor": actor if getattr(actor, "is_authenticated", False) else None,
        "at": at or timezone.now(),
        "kind": kind,
        "from_state": from_state or "",
        "to_state": to_state or "",
        "reason": (reason or "").strip()[:REASON_LIMIT],
    }
    if isinstance(obj, Proposal):
        return ProposalEvent.objects.create(proposal=obj, source=source or "", **fields)
    if isinstance(obj, Match):
        return MatchEvent.objects.create(match=obj, **fields)
    raise TypeError(f"No audit trail for {type(obj).__name__}.")
