"""Project-level views: where to go after log-in, health, and error pages."""

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache

from portal.health import WEB_CHECKS, run_checks
from portal.org.scoping import is_staff_member


@login_required
def after_login(request):
    if is_staff_member(request.user):
        return redirect("wagtailadmin_home")
    return redirect("minside:dashboard")


@never_cache
def healthz(request):
    report = run_checks()
    # The web host is healthy without a queue worker (the outbox keeps messages until one runs), so only
    # database and cache decide the status a load balancer sees; `manage.py health` also fails on the queue.
    status = 200 if all(report[name]["ok"] for name in WEB_CHECKS) else 503
    return JsonResponse(report, status=status)


def server_error(request):
    return render(request, "500.html", status=500)
