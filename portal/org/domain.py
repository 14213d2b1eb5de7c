"""Giving people roles in units. Staff get Wagtail admin access through the coordinators' group.

``change_role`` is what a person does (guarded by rules.role_change_refusal); ``set_membership`` is what the
system does on someone's behalf (applying, being approved). Both keep the group in line and write the audit.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction

from . import audit
from .enums import STAFF_ROLES
from .models import Membership
from .rules import forget_memberships, role_change_refusal

COORDINATOR_GROUP = "Koordinatorer"
ROLE_CHANGED = "org.role_changed"
_UNCHANGED = object()


class RoleChangeRefused(Exception):
    """The acting user may not give this role (the message says why, in the user's language)."""


@transaction.atomic
def set_membership(user, unit, role, volunteer_role=None):
    previous = Membership.objects.filter(user=user, unit=unit).values_list("role", flat=True).first()
    membership, _created = Membership.objects.update_or_create(
        user=user, unit=unit, defaults={"role": role, "volunteer_role": volunteer_role}
    )
    sync_staff_access(user)
    if previous != role:
        _record_role_change(membership, previous, actor=None)
    return membership


@transaction.atomic
def change_role(membership, role, *, actor, volunteer_role=_UNCHANGED):
    """Give ``membership`` the role ``role`` (and optionally a Tidgiver role). True if anything changed.

    Raises RoleChangeRefused when rules.role_change_refusal says no (checked against the saved row).
    """
    locked = Membership.objects.select_for_update().select_related("unit").get(pk=membership.pk)
    new_volunteer_role_id = locked.volunteer_role_id if volunteer_role is _UNCHANGED else _pk(volunteer_role)
    if locked.role == role and locked.volunteer_role_id == new_volunteer_role_id:
        return False
    if locked.role != role:
        refusal = role_change_refusal(actor, locked, role)
        if refusal:
            raise RoleChangeRefused(refusal)
    previous = locked.role
    locked.role = role
    locked.volunteer_role_id = new_volunteer_role_id
    locked.save(update_fields=["role", "volunteer_role"])
    sync_staff_access(locked.user)
    _record_role_change(locked, previous, actor=actor)
    membership.role, membership.volunteer_role_id = locked.role, locked.volunteer_role_id
    return True


def _pk(obj):
    return None if obj is None else obj.pk


def _record_role_change(membership, previous, *, actor):
    data = {"from": previous or "", "to": membership.role, "unit": membership.unit_id}
    data["volunteer_role"] = membership.volunteer_role_id
    audit.record(membership, ROLE_CHANGED, user=actor, data=data)


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
