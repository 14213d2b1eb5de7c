"""Project-level views: where to go after log-in, health, and error pages."""

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache

from portal.health import WEB_CHECKS, run_checks
from portal.localized import equivalent_address
from portal.org.rules import is_staff_member


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


def choose_language(request, code):
    """The footer's language links. A link, not Django's POST form: a form token on every public page
    would keep those pages out of the cache, and a language cookie is no secret worth protecting."""
    if code not in dict(settings.LANGUAGES):
        raise Http404
    target = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        target = "/"
    # The same page in the chosen language: its translation, or the Norwegian page under /en/ with a note.
    response = redirect(equivalent_address(request, target, code))
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        code,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        samesite="Lax",
        secure=request.is_secure(),
    )
    return response


def server_error(request):
    return render(request, "500.html", status=500)
