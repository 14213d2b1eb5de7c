"""What a user may see. Every query a user can trigger goes through here; outside your units is a 404."""

from django.http import Http404

from .enums import STAFF_ROLES, Role
from .models import Membership, Unit


def is_staff_member(user):
    """Coordinators, unit admins and superusers work in the back office."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    cached = getattr(user, "_is_staff_member", None)
    if cached is None:
        cached = any(role in STAFF_ROLES for role, _unit_id, _role_id in memberships_of(user))
        user._is_staff_member = cached
    return cached


def memberships_of(user):
    """(role, unit id, Tidgiver role id) of each of the user's memberships: one query, kept on the user object.

    The permission checks of one request (staff? trainee? which Tidgiver roles?) all read it. Changing a membership
    through portal.org.domain forgets it.
    """
    if not user.is_authenticated:
        return ()
    cached = getattr(user, "_memberships", None)
    if cached is None:
        cached = tuple(Membership.objects.filter(user=user).values_list("role", "unit_id", "volunteer_role_id"))
        user._memberships = cached
    return cached


def forget_memberships(user):
    for key in ("_memberships", "_is_staff_member", "_may_take_training"):
        if hasattr(user, key):
            delattr(user, key)


def may_use_back_office(user):
    """Staff by membership, and anyone an admin gave Wagtail admin access (e.g. the Editors group)."""
    return is_staff_member(user) or (user.is_authenticated and user.has_perm("wagtailadmin.access_admin"))


def staff_units(user):
    """The units a user manages: all for a superuser, their own as coordinator or unit admin."""
    if not user.is_authenticated:
        return Unit.objects.none()
    if user.is_superuser:
        return Unit.objects.all()
    return Unit.objects.filter(memberships__user=user, memberships__role__in=STAFF_ROLES).distinct()


def is_unit_admin(user, unit):
    return user.is_superuser or Membership.objects.filter(user=user, unit=unit, role=Role.UNIT_ADMIN).exists()


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
