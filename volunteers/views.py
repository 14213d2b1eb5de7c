"""Public views of the volunteers app that are not Wagtail pages: the guardian's confirmation link."""

from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from .domain import applications


@require_http_methods(["GET", "POST"])
def guardian_confirm(request, token):
    """GET shows what the guardian agrees to; POST confirms (a GET alone must not, link scanners follow links)."""
    application = applications.application_for_guardian_token(token)
    if application is None:
        return render(request, "volunteers/guardian_invalid.html", status=404)
    confirmed = application.guardian_confirmed_at is not None
    if request.method == "POST" and not confirmed:
        applications.confirm_guardian(application)
        confirmed = True
    return render(request, "volunteers/guardian_confirm.html", {"application": application, "confirmed": confirmed})
