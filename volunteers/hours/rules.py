"""Who may do what with hours: read by views, the admin, Min side, SMS handlers and tests."""

from portal.org.enums import STAFF_ROLES
from portal.org.scoping import memberships_of

from .enums import EDITABLE_STATES, EntryState


def is_staff_of(user, unit_id):
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    return any(role in STAFF_ROLES and unit == unit_id for role, unit, _r in memberships_of(user))


def is_owner(user, entry):
    return user.is_authenticated and entry.volunteer.user_id == user.pk


def may_edit(user, entry):
    """The owner, while the entry waits for approval or came back."""
    return is_owner(user, entry) and entry.state in EDITABLE_STATES


def may_review(user, entry):
    """Approve, return, correct, mark paid: the entry's unit's staff."""
    return is_staff_of(user, entry.unit_id)


def may_correct(user, entry):
    """A coordinator's correction after approval (with a reason): the entry's unit's staff, approved entries only."""
    return entry.state == EntryState.APPROVED and is_staff_of(user, entry.unit_id)


def may_manage_meeting(user, meeting):
    """Change or cancel a meeting: the Tidgiver it is for, or staff of its unit."""
    if not user.is_authenticated:
        return False
    own = meeting.volunteer_id is not None and meeting.volunteer.user_id == user.pk
    return own or is_staff_of(user, meeting.unit_id)


def may_add_meeting(user, match):
    """Agree a meeting for a match: its Tidgiver, or staff of its unit."""
    return user.is_authenticated and (match.volunteer.user_id == user.pk or is_staff_of(user, match.unit_id))


def may_view_receipt(user, entry):
    """The owner and their unit's staff; everyone else gets a 404."""
    return bool(entry.receipt) and (is_owner(user, entry) or is_staff_of(user, entry.unit_id))
