"""Who may do what with hours: read by views, the admin, Min side, SMS handlers and tests."""

from portal.org.enums import STAFF_ROLES
from portal.org.scoping import memberships_of

from .enums import EDITABLE_STATES


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


def may_view_receipt(user, entry):
    """The owner and their unit's staff; everyone else gets a 404."""
    return bool(entry.receipt) and (is_owner(user, entry) or is_staff_of(user, entry.unit_id))
