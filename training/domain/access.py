"""Who may take training, and which modules apply to whom.

Applicants in screening and Tidgivere take the modules for their Tidgiver role (a module without roles is
for everyone); staff may open every module. Anyone else is treated as if the pages did not exist.
"""

from portal.org.rules import is_staff_member, memberships_of

from ..enums import TRAINEE_ROLES
from ..models import TrainingModulePage
from .translations import in_default_language


def may_take_training(user):
    if not user.is_authenticated or not user.is_active:
        return False
    cached = getattr(user, "_may_take_training", None)
    if cached is None:
        cached = is_staff_member(user) or any(role in TRAINEE_ROLES for role, _u, _r in memberships_of(user))
        user._may_take_training = cached
    return cached


def trainee_role_ids(user):
    """The Tidgiver roles (ids) of the person's applicant and Tidgiver memberships."""
    return {role_id for role, _unit, role_id in memberships_of(user) if role in TRAINEE_ROLES and role_id is not None}


def live_modules():
    """Each live module once, as its Norwegian page (translations are the same module: domain.translations)."""
    return TrainingModulePage.objects.live().filter(in_default_language()).prefetch_related("roles").order_by("path")


def modules_for(user, volunteer_role=None):
    """The live modules the person must take: for ``volunteer_role`` if given, else for their memberships' roles."""
    role_ids = {volunteer_role.pk} if volunteer_role is not None else trainee_role_ids(user)
    return [module for module in live_modules() if module.applies_to_role_ids(role_ids)]


def may_take_module(user, module):
    if not may_take_training(user) or not module.live:
        return False
    return is_staff_member(user) or module.applies_to_role_ids(trainee_role_ids(user))
