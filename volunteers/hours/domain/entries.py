"""The life of an hour entry: submit, edit or delete while it waits, approve or return it, correct it, pay it.

`transition` is the one function that changes an entry's state; views, bulk actions and SMS handlers all call
it and ask `allowed_targets` which moves to offer.
"""

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ..enums import ENTRY_TRANSITIONS, OWNER_TARGETS, STAFF_TARGETS, EntryEventKind, EntrySource, EntryState
from ..models import HourEntry, HourEntryEvent
from . import messages, reimbursement
from .errors import (
    CommentRequired,
    EntryLocked,
    HoursError,
    NotAllowed,
    NotApproved,
    ReasonRequired,
    TransitionNotAllowed,
)
from .unit_settings import rate_on, settings_for

E = EntryState
# What the Tidgiver may set on their own entry (and so may change while it waits).
ENTRY_FIELDS = (
    "match",
    "date",
    "quarters",
    "activity_kind",
    "measure",
    "life_area",
    "km",
    "passengers",
    "travel_costs",
    "other_expenses",
    "other_expenses_text",
    "receipt",
    "note",
)
# What a coordinator's correction after approval may change: who the hours were with (match, activity) and the
# receipt stay as the Tidgiver logged them.
CORRECTABLE_FIELDS = tuple(field for field in ENTRY_FIELDS if field not in ("match", "activity_kind", "receipt"))
FOREIGN_KEYS = ("unit", "volunteer", "match", "activity_kind", "created_by")


def check_day(unit, day, today=None, unit_settings=None):
    """Refuse a date in the future or older than the unit's limit (the same check for the web and SMS)."""
    today = today or timezone.localdate()
    if day > today:
        raise HoursError(_("The date cannot be in the future."))
    limit = (unit_settings or settings_for(unit)).max_entry_age_days
    if day < today - datetime.timedelta(days=limit):
        raise HoursError(
            _("Hours older than %(days)s days cannot be logged here. Ask your coordinator.") % {"days": limit}
        )


def allowed_targets(entry, *, staff):
    """The states this entry may move to now, for staff (approve, return) or its owner (resubmit)."""
    return ENTRY_TRANSITIONS[entry.state] & (STAFF_TARGETS if staff else OWNER_TARGETS)


def can_transition(entry, to_state, *, staff=True):
    return EntryState(to_state) in allowed_targets(entry, staff=staff)


@transaction.atomic
def submit(volunteer, *, actor, source=EntrySource.WEB, message_sid="", **fields):
    """Store a new entry as submitted (approved at once where the unit chose so and it has no expenses)."""
    unit_settings = settings_for(volunteer.unit)
    check_day(volunteer.unit, fields["date"], unit_settings=unit_settings)
    _check_match(volunteer, fields.get("match"))
    now = timezone.now()
    entry = HourEntry(
        unit=volunteer.unit,
        volunteer=volunteer,
        source=source,
        message_sid=message_sid,
        created_by=actor,
        created_at=now,
        state_changed_at=now,
        **fields,
    )
    # The field limits in Norwegian; not the foreign keys (the domain passes real objects, checked above) nor
    # the constraints (the database enforces them): that was a query each, a third of an SMS entry's time.
    entry.full_clean(exclude=["receipt", *FOREIGN_KEYS], validate_unique=False, validate_constraints=False)
    entry.save()
    _log(entry, EntryEventKind.SUBMITTED, actor, to_state=E.SUBMITTED)
    if unit_settings.auto_approve_without_expenses and not entry.has_expenses:
        transition(entry, E.APPROVED, actor=None)
    return entry


@transaction.atomic
def edit(entry, *, actor, **changes):
    """The owner changes an entry that waits or came back; a returned entry is resubmitted by the change."""
    _lock(entry)
    if not entry.is_editable:
        raise EntryLocked()
    if "date" in changes and changes["date"] != entry.date:
        check_day(entry.unit, changes["date"])
    if changes.get("match"):
        _check_match(entry.volunteer, changes["match"])
    changed = _apply(entry, changes)
    entry.full_clean(exclude=["receipt"])
    entry.save()
    if changed:
        _log(entry, EntryEventKind.EDITED, actor, changes=changed)
    if entry.state == E.RETURNED:
        transition(entry, E.RESUBMITTED, actor=actor, staff=False)
    return entry


@transaction.atomic
def delete(entry, *, actor):
    _lock(entry)
    if not entry.is_editable:
        raise EntryLocked()
    receipt = entry.receipt
    entry.delete()
    if receipt:
        # Only once the deletion is committed: a rolled-back delete keeps its receipt.
        transaction.on_commit(lambda: receipt.storage.delete(receipt.name))


@transaction.atomic
def transition(entry, to_state, *, actor, comment="", staff=True):
    """Move ``entry`` to ``to_state``. Returns True if it changed, False if it was already there.

    Approving saves the rate in force on the entry's date and the amounts; returning needs a comment, which
    the Tidgiver is sent. ``actor=None`` is the system (a unit's auto-approval).
    """
    to_state = EntryState(to_state)
    _lock(entry)
    from_state = EntryState(entry.state)
    if to_state == from_state:
        return False
    if to_state not in allowed_targets(entry, staff=staff):
        raise TransitionNotAllowed(from_state, to_state)
    if to_state == E.RETURNED and not comment.strip():
        raise CommentRequired()
    now = timezone.now()
    entry.state, entry.state_changed_at = to_state, now
    if to_state == E.APPROVED:
        rate = rate_on(entry.unit, entry.date)
        reimbursement.save_amounts(entry, rate.per_km, rate.per_passenger_km)
        entry.approved_at, entry.approved_by = now, actor
    if to_state == E.RETURNED:
        entry.return_comment = comment.strip()
    entry.save()
    _log(entry, EntryEventKind.TRANSITION, actor, from_state=from_state, to_state=to_state, text=comment.strip())
    if to_state == E.RETURNED:
        messages.entry_returned(entry)
    return True


@transaction.atomic
def correct(entry, *, actor, reason, **changes):
    """A coordinator's correction of an approved entry: needs a reason; amounts are recomputed at the saved rate."""
    _lock(entry)
    if entry.state != E.APPROVED:
        raise NotApproved()
    if not reason.strip():
        raise ReasonRequired()
    changed = _apply(entry, changes, allowed=CORRECTABLE_FIELDS)
    entry.full_clean(exclude=["receipt"])
    reimbursement.save_amounts(entry, entry.rate_per_km, entry.rate_per_passenger_km)
    entry.save()
    _log(entry, EntryEventKind.CORRECTED, actor, text=reason.strip(), changes=changed)
    return entry


@transaction.atomic
def mark_paid(entries, *, actor):
    """Mark approved, unpaid entries with money to pay as paid. Returns how many were marked."""
    now = timezone.now()
    payable = (
        HourEntry.objects.select_for_update()
        .filter(pk__in=[entry.pk for entry in entries], state=E.APPROVED, paid_at=None, reimbursement__gt=0)
        .order_by("pk")
    )
    marked = list(payable)
    for entry in marked:
        entry.paid_at, entry.paid_by = now, actor
    HourEntry.objects.bulk_update(marked, ["paid_at", "paid_by"])
    HourEntryEvent.objects.bulk_create(
        [
            HourEntryEvent(unit_id=entry.unit_id, entry=entry, actor=actor, at=now, kind=EntryEventKind.PAID)
            for entry in marked
        ]
    )
    return len(marked)


def _check_match(volunteer, match):
    """Hours can only be logged for the Tidgiver's own match."""
    if match is not None and match.volunteer_id != volunteer.pk:
        raise NotAllowed()


def _lock(entry):
    """Two people (or a bulk action and a person) acting at once must not both move the same entry."""
    locked = HourEntry.objects.select_for_update().get(pk=entry.pk)
    entry.state = locked.state


def _apply(entry, changes, allowed=ENTRY_FIELDS):
    unknown = set(changes) - set(allowed)
    if unknown:
        raise NotAllowed()
    changed = {}
    for field, value in changes.items():
        old = getattr(entry, field)
        if old != value:
            changed[field] = [_plain(old), _plain(value)]
            setattr(entry, field, value)
    return changed


def _plain(value):
    if value is None or isinstance(value, int | str | bool):
        return value
    if hasattr(value, "pk"):
        return value.pk
    return str(value)


def _log(entry, kind, actor, *, from_state="", to_state="", text="", changes=None):
    HourEntryEvent.objects.create(
        unit_id=entry.unit_id,
        entry=entry,
        actor=actor,
        kind=kind,
        from_state=from_state,
        to_state=to_state,
        text=text,
        changes=changes or {},
    )
