"""The checklist that must be complete before an application can be approved.

Which items are required is configured per unit (and optionally per Tidgiver role) with ChecklistRequirement
rows; without rows the defaults below apply. The police certificate is decided by the role alone: it is only
ever asked for where the law allows it (politiregisterforskriften § 34-1), and required there.
"""

from dataclasses import dataclass

from django.db.models import Q
from django.utils.translation import gettext as _

from ..enums import ChecklistItemKind, ReferenceOutcome
from ..models import ChecklistRequirement, ConfidentialitySignature

Kind = ChecklistItemKind

DEFAULT_REQUIRED = {
    Kind.CONVERSATION: True,
    Kind.REFERENCES: True,
    Kind.CONFIDENTIALITY: True,
    Kind.TRAINING: True,
}


@dataclass(frozen=True)
class ChecklistItem:
    kind: str
    label: str
    required: bool
    done: bool
    detail: str = ""


def requirements_for(unit, volunteer_role):
    """{kind: required} for the unit and role: role-specific rows win over unit-wide rows over the defaults."""
    required = dict(DEFAULT_REQUIRED)
    role_filter = Q(volunteer_role__isnull=True)
    if volunteer_role is not None:
        role_filter |= Q(volunteer_role=volunteer_role)
    rows = ChecklistRequirement.objects.filter(role_filter, unit=unit).exclude(kind=Kind.POLICE_CERTIFICATE)
    for row in sorted(rows, key=lambda row: row.volunteer_role_id is not None):
        required[Kind(row.kind)] = row.required
    if volunteer_role is not None and volunteer_role.requires_police_certificate:
        required[Kind.POLICE_CERTIFICATE] = True
    return required


def checklist_for(application):
    required = requirements_for(application.unit, application.volunteer_role)
    return [_ITEM_BUILDERS[kind](application, Kind(kind), is_required) for kind, is_required in required.items()]


def missing_items(application):
    return [item for item in checklist_for(application) if item.required and not item.done]


def is_complete(application):
    return not missing_items(application)


def _conversation(application, kind, required):
    held = [c for c in application.conversations.all() if c.held_on]
    detail = _("Held %(date)s") % {"date": held[-1].held_on.strftime("%d.%m.%Y")} if held else ""
    return ChecklistItem(kind, kind.label, required, bool(held), detail)


def _references(application, kind, required):
    references = list(application.references.all())
    positive = [r for r in references if r.outcome == ReferenceOutcome.POSITIVE]
    detail = _("%(positive)s of %(total)s positive") % {"positive": len(positive), "total": len(references)}
    return ChecklistItem(kind, kind.label, required, bool(positive), detail if references else "")


def _confidentiality(application, kind, required):
    signature = None
    if application.user_id:
        signature = (
            ConfidentialitySignature.objects.filter(user_id=application.user_id)
            .select_related("declaration")
            .order_by("-signed_at")
            .first()
        )
    detail = ""
    if signature:
        detail = _("Version %(version)s signed %(date)s") % {
            "version": signature.declaration.version,
            "date": signature.signed_at.strftime("%d.%m.%Y"),
        }
    return ChecklistItem(kind, kind.label, required, signature is not None, detail)


def training_complete(user, volunteer_role):
    """The seam to the training app: has the person completed the training their role requires?"""
    from training.api import required_complete

    return required_complete(user, volunteer_role)


def _training(application, kind, required):
    done = application.user_id is not None and training_complete(application.user, application.volunteer_role)
    return ChecklistItem(kind, kind.label, required, bool(done))


def _police_certificate(application, kind, required):
    role = application.volunteer_role
    shown = [c for c in application.police_checks.all() if c.is_shown and c.volunteer_role_id == role.pk]
    detail = ""
    if shown:
        detail = _("Shown %(date)s") % {"date": shown[-1].shown_on.strftime("%d.%m.%Y")}
    elif application.police_checks.exists():
        detail = _("Asked for, not shown yet")
    return ChecklistItem(kind, kind.label, required, bool(shown), detail)


_ITEM_BUILDERS = {
    Kind.CONVERSATION: _conversation,
    Kind.REFERENCES: _references,
    Kind.CONFIDENTIALITY: _confidentiality,
    Kind.TRAINING: _training,
    Kind.POLICE_CERTIFICATE: _police_certificate,
}
