"""Min side: the person's own data (a page and a JSON file) and their request to be deleted. Thin: domain does it."""

import json
from pathlib import Path

import markdown
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from portal.security import security_event

from .domain import erasure
from .domain.export import export_for
from .rules import may_request_erasure, staff_reason


@never_cache
@login_required
@require_GET
def my_data(request):
    return render(request, "privacy/my_data.html", {"export": export_for(request.user)})


@never_cache
@login_required
@require_GET
def my_data_json(request):
    body = json.dumps(export_for(request.user), ensure_ascii=False, indent=2, default=str)
    security_event("export", request, view="my_data_json")
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    filename = f"mine-data-{timezone.localdate().isoformat()}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def erasure_request(request):
    user = request.user
    waiting = erasure.waiting_request(user)
    if request.method == "POST":
        if request.POST.get("action") == "cancel" and waiting is not None:
            erasure.cancel(waiting)
            messages.success(request, _("Your request is cancelled. Nothing was deleted."))
            return redirect("minside:dashboard")
        if waiting is None and may_request_erasure(user):
            request_row = erasure.request_erasure(user)
            security_event("erasure_requested", request, request_id=request_row.pk)
            messages.success(request, _("We have your request. You get an e-mail saying what happens next."))
            return redirect("minside:dashboard")
    context = {
        "waiting": waiting,
        "refused": staff_reason(user),
        "blockers": erasure.blockers(user),
    }
    return render(request, "privacy/erasure.html", context)


RECORDS_OF_PROCESSING = Path(settings.BASE_DIR) / "docs" / "personvern.md"


@require_GET
def records_of_processing(request):
    """docs/personvern.md as a public page, linked from the privacy notice: what we process, why and how long."""
    text = RECORDS_OF_PROCESSING.read_text(encoding="utf-8")
    html = markdown.markdown(text, extensions=["tables"], output_format="html")
    return render(request, "privacy/records_of_processing.html", {"records_html": html})
