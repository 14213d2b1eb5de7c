"""Wagtail's site history lists the audit entries of every unit at once: only superusers may read it. Staff
read an object's History in their own units (the viewsets scope those views)."""

from django.urls import path
from wagtail.admin.auth import permission_denied, require_admin_access
from wagtail.admin.views.reports.audit_logging import LogEntriesView

from .rules import is_superuser


def superusers_only(view):
    @require_admin_access
    def guarded(request, *args, **kwargs):
        if not is_superuser(request.user):
            return permission_denied(request)
        return view(request, *args, **kwargs)

    return guarded


def hide_site_history(request, menu_items):
    if not is_superuser(request.user):
        menu_items[:] = [item for item in menu_items if item.name != "site-history"]


# In front of Wagtail's own patterns (portal/urls.py), which they shadow.
urlpatterns = [
    path("admin/reports/site-history/", superusers_only(LogEntriesView.as_view())),
    path("admin/reports/site-history/results/", superusers_only(LogEntriesView.as_view(results_only=True))),
]
