"""The training section of Min side: which modules the person must take, what is passed and what is due."""

from django.utils.translation import gettext_lazy as _

from portal.org.enums import Role
from portal.org.scoping import memberships_of

from .domain.access import may_take_training, trainee_role_ids
from .domain.catalogue import catalogue
from .domain.status import statuses_for
from .enums import ModuleState


def training_section(request):
    if not may_take_training(request.user):
        return None
    # The module list comes from the cache (the same for everyone); only the person's progress is read.
    live = catalogue(request)
    role_ids = trainee_role_ids(request.user)
    statuses = statuses_for(request.user, modules=[m for m in live.modules if m.applies_to_role_ids(role_ids)])
    in_screening = any(role == Role.APPLICANT for role, _unit, _role_id in memberships_of(request.user))
    return {
        "template": "training/minside_section.html",
        "title": _("Training"),
        "empty": _("No training has been published yet."),
        "statuses": statuses,
        "done_count": sum(1 for status in statuses if status.complete),
        "due_count": sum(1 for status in statuses if status.state == ModuleState.DUE_AGAIN),
        "index_url": live.index_url,
        # An applicant needs these before approval; for a Tidgiver they are simply part of the role.
        "required_label": _("Required before approval") if in_screening else _("Required"),
    }
