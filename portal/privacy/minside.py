"""The privacy section of Min side: download my data, ask to be deleted."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .domain.erasure import waiting_request
from .rules import may_request_erasure


def privacy_section(request):
    user = request.user
    waiting = waiting_request(user)
    return {
        "template": "privacy/minside_section.html",
        "title": _("Your data"),
        "data_url": reverse("privacy:my_data"),
        "download_url": reverse("privacy:my_data_json"),
        "erasure_url": reverse("privacy:erasure"),
        "may_request_erasure": waiting is None and may_request_erasure(user),  # (shown only without a request)
        "waiting": waiting,
    }
