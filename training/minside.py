"""The training section of Min side: which modules the person must take, what is passed and what is due."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from portal.localized import url_in
from portal.org.enums import Role
from portal.org.scoping import memberships_of

from .domain.access import may_take_training
from .domain.status import statuses_for
from .domain.translations import in_language
from .enums import ModuleState
from .models import TrainingIndexPage


def training_section(request):
    if not may_take_training(request.user):
        return None
    statuses = in_language(statuses_for(request.user), request)
    index = TrainingIndexPage.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE).first()
    in_screening = any(role == Role.APPLICANT for role, _unit, _role_id in memberships_of(request.user))
    return {
        "template": "training/minside_section.html",
        "title": _("Training"),
        "empty": _("No training has been published yet."),
        "statuses": statuses,
        "done_count": sum(1 for status in statuses if status.complete),
        "due_count": sum(1 for status in statuses if status.state == ModuleState.DUE_AGAIN),
        "index_url": url_in(index, request=request) if index else None,
        # An applicant needs these before approval; for a Tidgiver they are simply part of the role.
        "required_label": _("Required before approval") if in_screening else _("Required"),
    }
