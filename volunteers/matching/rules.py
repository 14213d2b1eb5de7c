"""Who may do what in matching: read by views, the back office, Min side, SMS handlers and tests."""

from portal.org.rules import is_staff_member
from portal.org.scoping import staff_units


def may_manage(user, unit):
    """Coordinators and unit admins of the unit (and superusers) propose, activate, follow up and close."""
    if not is_staff_member(user):
        return False
    return user.is_superuser or staff_units(user).filter(pk=getattr(unit, "pk", unit)).exists()


def may_answer(user, proposal):
    """Only the Tidgiver who was asked answers (on Min side or by SMS)."""
    return user.is_authenticated and proposal.volunteer.user_id == user.pk


def may_see_match(user, match):
    """A Tidgiver sees only their own matches."""
    return user.is_authenticated and match.volunteer.user_id == user.pk
