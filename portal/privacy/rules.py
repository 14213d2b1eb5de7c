"""Who may do what with deletion requests: read by the Min side views, the back-office listing and tests."""

from django.utils.translation import gettext as _

from portal.org.scoping import for_user, may_use_back_office


def staff_reason(user):
    """Staff accounts are not deleted from Min side: their roles go first (an admin), then the account."""
    if user.is_superuser or user.is_staff or may_use_back_office(user):
        return _("You work in the back office. Ask a unit admin to remove your roles first.")
    return None


def may_request_erasure(user):
    return user.is_authenticated and user.is_active and staff_reason(user) is None


def requests_for(user, queryset):
    """The requests a coordinator may see and confirm: those of their own units."""
    return for_user(queryset, user, "unit")
