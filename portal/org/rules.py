"""Who may do what in the organisation. Views, permission policies, domain functions and tests ask here.

Plain named predicates (no framework): each takes the acting user first and answers True/False, or a
``*_refusal`` function gives the reason a move is refused (None when it is allowed).
"""

from django.contrib.auth.models import Permission
from django.utils.translation import gettext as _

from .enums import STAFF_ROLES, Role
from .models import Membership


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
    permission_caches = ("_perm_cache", "_user_perm_cache", "_group_perm_cache")  # Django's ModelBackend's
    for key in ("_memberships", "_is_staff_member", "_may_take_training", *permission_caches):
        if hasattr(user, key):
            delattr(user, key)


def is_superuser(user):
    return user.is_authenticated and user.is_active and user.is_superuser


def load_permissions(user):
    """Read the person's permissions (their own and their groups') in one query instead of ModelBackend's two.

    The result goes where ModelBackend looks (``user._perm_cache``), with the same value, so every ``has_perm``
    of the request (this module's checks and Wagtail's user bar on every page) answers from it. Does nothing
    when it is already loaded, for a superuser (``has_perm`` is always true) or an inactive person (false).
    """
    if not user.is_authenticated or not user.is_active or user.is_superuser or hasattr(user, "_perm_cache"):
        return
    own, groups = (
        Permission.objects.filter(**lookup).values_list("content_type__app_label", "codename").order_by()
        for lookup in ({"user": user}, {"group__user": user})
    )
    user._perm_cache = {f"{app_label}.{codename}" for app_label, codename in own.union(groups).order_by()}


def has_admin_access(user):
    """``user.has_perm("wagtailadmin.access_admin")``, with the permissions read in one query."""
    load_permissions(user)
    return user.is_authenticated and user.has_perm("wagtailadmin.access_admin")


def may_use_back_office(user):
    """Staff by membership, and anyone an admin gave Wagtail admin access (e.g. the Editors group)."""
    return is_staff_member(user) or has_admin_access(user)


def role_in(user, unit):
    """The user's role in ``unit`` (a Role value), or None."""
    if not user.is_authenticated:
        return None
    return Membership.objects.filter(user=user, unit=unit).values_list("role", flat=True).first()


def is_unit_admin(user, unit):
    return is_superuser(user) or role_in(user, unit) == Role.UNIT_ADMIN


def is_unit_admin_anywhere(user):
    """Unit admins edit the organisation-wide wording (message templates) too."""
    return is_superuser(user) or any(role == Role.UNIT_ADMIN for role, _unit, _r in memberships_of(user))


def manages_unit(user, unit):
    return is_superuser(user) or role_in(user, unit) in STAFF_ROLES


# Which roles each kind of actor may hand out in a unit they manage.
_GRANTABLE_BY = {
    Role.COORDINATOR: frozenset({Role.APPLICANT, Role.TIDGIVER}),
    Role.UNIT_ADMIN: frozenset({Role.APPLICANT, Role.TIDGIVER, Role.COORDINATOR}),
}


def grantable_roles(actor, unit):
    """The roles ``actor`` may give someone in ``unit``: a superuser any, a unit admin up to coordinator,
    a coordinator no staff role."""
    if is_superuser(actor):
        return frozenset(Role)
    return _GRANTABLE_BY.get(role_in(actor, unit), frozenset())


def role_change_refusal(actor, membership, to_role):
    """Why ``actor`` may not give ``membership`` the role ``to_role`` (None: they may).

    Nobody but a superuser changes their own role; a coordinator never grants or takes away a staff role;
    only a unit admin (or superuser) grants coordinator, only a superuser grants or takes away unit admin.
    """
    if is_superuser(actor):
        return None
    if not manages_unit(actor, membership.unit):
        return _("You do not manage this unit.")
    if membership.user_id == actor.pk:
        return _("You cannot change your own role.")
    grantable = grantable_roles(actor, membership.unit)
    if to_role not in grantable or membership.role not in grantable:
        return _("You cannot give or take away this role.")
    return None


def may_change_role(actor, membership, to_role):
    return role_change_refusal(actor, membership, to_role) is None
