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
    "staff_units",
]


def staff_units(user):
    """The units a user manages: all for a superuser, their own as coordinator or unit admin."""
    if not user.is_authenticated:
        return Unit.objects.none()
    if user.is_superuser:
        return Unit.objects.all()
    return Unit.objects.filter(memberships__user=user, memberships__role__in=STAFF_ROLES).distinct()


def for_user(queryset, user, unit_field="unit"):
    """Limit a queryset of unit-owned rows to the units the user manages."""
    if user.is_authenticated and user.is_superuser:
        return queryset
    unit_ids = staff_units(user).values("pk")
    return queryset.filter(**{f"{unit_field}__in": unit_ids})


def get_or_404(queryset, user, /, unit_field="unit", **lookup):
    """One unit-owned row, or 404 when it does not exist or lies outside the user's units."""
    try:
        return for_user(queryset, user, unit_field).get(**lookup)
    except queryset.model.DoesNotExist:
        raise Http404 from None


def members_for_user(user):
    """Memberships (people in units) visible to the user."""
    return for_user(Membership.objects.select_related("user", "unit", "volunteer_role"), user)
