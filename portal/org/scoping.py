"""What a user may see. Every query a user can trigger goes through here; outside your units is a 404."""

from django.http import Http404

from .enums import STAFF_ROLES
from .models import Membership, Unit
from .rules import forget_memberships, is_staff_member, is_unit_admin, may_use_back_office, memberships_of

__all__ = [
    "for_user",
    "forget_memberships",
    "get_or_404",
    "is_staff_member",
    "is_unit_admin",
    "may_use_back_office",
    "memberships_of",
    "staff_unit_ids",
    "staff_units",
]


def staff_unit_ids(user):
    """The ids of the units a user manages as coordinator or unit admin, from the memberships read once per
    request. A literal list lets PostgreSQL estimate the rows (a subquery looked like one unit: it sorted all
    10,000 applications for a page of 50)."""
    return sorted({unit_id for role, unit_id, _role_id in memberships_of(user) if role in STAFF_ROLES})


def staff_units(user):
    """The units a user manages: all for a superuser, their own as coordinator or unit admin."""
    if not user.is_authenticated:
        return Unit.objects.none()
    if user.is_superuser:
        return Unit.objects.all()
    return Unit.objects.filter(pk__in=staff_unit_ids(user))


def for_user(queryset, user, unit_field="unit"):
    """Limit a queryset of unit-owned rows to the units the user manages."""
    if user.is_authenticated and user.is_superuser:
        return queryset
    return queryset.filter(**{f"{unit_field}__in": staff_unit_ids(user)})


def get_or_404(queryset, user, /, unit_field="unit", **lookup):
    """One unit-owned row, or 404 when it does not exist or lies outside the user's units."""
    try:
        return for_user(queryset, user, unit_field).get(**lookup)
    except queryset.model.DoesNotExist:
        raise Http404 from None


def members_for_user(user):
    """Memberships (people in units) visible to the user."""
    return for_user(Membership.objects.select_related("user", "unit", "volunteer_role"), user)
