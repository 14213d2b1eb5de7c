"""The training section of Min side (filled by the training work)."""

from django.utils.translation import gettext_lazy as _


def training_section(request):
    return {
        "template": "includes/empty_section.html",
        "title": _("Training"),
        "empty": _("No training has been published yet."),
    }
