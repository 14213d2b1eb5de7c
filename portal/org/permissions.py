"""Wagtail permission policies for back-office models: staff may act, the rows they see are scoped by unit."""

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.permission_policies.base import BasePermissionPolicy

from .enums import STAFF_ROLES
from .scoping import is_staff_member


class StaffPermissionPolicy(BasePermissionPolicy):
    """Coordinators, unit admins and superusers may use the viewset; its queryset limits them to their units.

    ``actions`` restricts which actions are allowed at all (e.g. no "add" for rows created by the domain).
    """

    actions = ("add", "change", "delete", "view", "export")

    def __init__(self, model, actions=None):
        super().__init__(model)
        if actions is not None:
            self.actions = tuple(actions)

    def user_has_permission(self, user, action):
        return action in self.actions and is_staff_member(user)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        if not any(action in self.actions for action in actions):
            return get_user_model().objects.none()
        return (
            get_user_model()
            .objects.filter(Q(is_superuser=True) | Q(memberships__role__in=STAFF_ROLES), is_active=True)
            .distinct()
        )

    def users_with_permission(self, action):
        return self.users_with_any_permission([action])


class SuperuserOnlyPolicy(BasePermissionPolicy):
    """Organisation-wide settings (units, Tidgiver roles) belong to the superusers."""

    def user_has_permission(self, user, action):
        return user.is_active and user.is_superuser

    def user_has_any_permission(self, user, actions):
        return user.is_active and user.is_superuser

    def users_with_any_permission(self, actions):
        return get_user_model().objects.filter(is_active=True, is_superuser=True)

    def users_with_permission(self, action):
        return self.users_with_any_permission([action])
