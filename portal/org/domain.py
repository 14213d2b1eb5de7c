"""Giving people roles in units. Staff get Wagtail admin access through the coordinators' group."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction

from .enums import STAFF_ROLES
from .models import Membership
from .scoping import forget_memberships

COORDINATOR_GROUP = "Koordinatorer"


@transaction.atomic
def set_membership(user, unit, role, volunteer_role=None):
    membership, _created = Membership.objects.update_or_create(
        user=user, unit=unit, defaults={"role": role, "volunteer_role": volunteer_role}
    )
    sync_staff_access(user)
    return membership


def coordinator_group():
    group, created = Group.objects.get_or_create(name=COORDINATOR_GROUP)
    if created:
        group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    return group


def sync_staff_access(user):
    """Keep the coordinators' group (Wagtail admin access) in line with the user's memberships."""
    if Membership.objects.filter(user=user, role__in=STAFF_ROLES).exists():
        user.groups.add(coordinator_group())
    else:
        user.groups.remove(*Group.objects.filter(name=COORDINATOR_GROUP))
    forget_memberships(user)
