"""Project-level views: where to go after log-in, health, and error pages."""

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache

from portal.health import run_checks
from portal.org.scoping import is_staff_member


@login_required
def after_login(request):
    if is_staff_member(request.user):
        return redirect("wagtailadmin_home")
    return redirect("minside:dashboard")


@never_cache
def healthz(request):
    report = run_checks()
    status = 200 if all(check["ok"] for check in report.values()) else 503
    return JsonResponse(report, status=status)


def server_error(request):
    return render(request, "500.html", status=500)
