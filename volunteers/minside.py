"""Sections of Min side that the volunteers app provides (filled by the recruitment, hours and matching work)."""

from django.utils.translation import gettext_lazy as _

EMPTY_SECTION = "includes/empty_section.html"


def application_section(request):
    return {"template": EMPTY_SECTION, "title": _("Application"), "empty": _("You have no application yet.")}


def hours_section(request):
    return {"template": EMPTY_SECTION, "title": _("Hours"), "empty": _("No hours logged yet.")}


def matches_section(request):
    return {"template": EMPTY_SECTION, "title": _("Matches"), "empty": _("You have no match yet.")}
