"""Deciding a pending update: the person confirms it from the e-mailed link, or a coordinator applies or
discards it from the screening page. Either way one function writes it, so the rules are the same."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ..enums import EventKind, UpdateState
from ..models import Application, PendingUpdate
from . import messages, pending
from .applications import FORM_FIELDS, TooYoung, merge_answers
from .errors import ApplicationClosed, UpdateNotPending
from .records import log_event

SHOWN_FIELDS = tuple(field for field in FORM_FIELDS if field not in ("email", "privacy_notice_version"))


def blockers(update):
    """Why ``update`` cannot be applied now (an empty list when it can); shared by the link page and the buttons."""
    if not update.is_pending:
        return [UpdateNotPending()]
    if not update.application.is_open:
        return [ApplicationClosed()]
    return []


@transaction.atomic
def apply(update, *, actor=None, by_link=False):
    """Write the answers onto the application and tell the person by e-mail. Raises a ScreeningError."""
    update = _locked(update)
    if problems := blockers(update):
        raise problems[0]
    application = update.application
    data = pending.from_json(update.answers, application)
    try:
        merge_answers(application, data, consented_at=update.created_at, confirmed_by_link=by_link, actor=actor)
    except TooYoung as refused:
        # The unit it stays in (screening started) or, with time, the unit's age rule refuses these answers.
        _decide(update, UpdateState.DISCARDED, actor)
        note = refused.note or _(
            "The answers sent again give an age too young for the unit; the application is as it was."
        )
        log_event(application, EventKind.DUPLICATE, str(note), actor=actor)
        return update
    _decide(update, UpdateState.APPLIED, actor)
    messages.notify_applicant(application, messages.RESUBMITTED, channels=("email",))
    return update


@transaction.atomic
def discard(update, *, actor):
    """A coordinator keeps the application as it was (say, the person said it was not them)."""
    update = _locked(update)
    if not update.is_pending:
        raise UpdateNotPending()
    _decide(update, UpdateState.DISCARDED, actor)
    log_event(update.application, EventKind.NOTE, _("The answers sent again were discarded."), actor=actor)
    return update


def changes(update):
    """(label, what the application says, what the new answers say) for each field that would change."""
    application = update.application
    data = pending.from_json(update.answers, application)
    rows = []
    for field in SHOWN_FIELDS:
        if field not in data or getattr(application, field) == data[field]:
            continue
        label = Application._meta.get_field(field).verbose_name
        rows.append(
            (label, _shown(application, field, getattr(application, field)), _shown(application, field, data[field]))
        )
    return rows


def _shown(application, field, value):
    model_field = Application._meta.get_field(field)
    if value in (None, "", []):
        return "–"
    if isinstance(value, list):
        choices = dict(_choices_for(field))
        return ", ".join(str(choices.get(item, item)) for item in value)
    if model_field.choices:
        return str(dict(model_field.flatchoices).get(value, value))
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    return str(value)


def _choices_for(field):
    from ..enums import Interest, TimeOfDay, Weekday

    return {"interests": Interest.choices, "available_days": Weekday.choices, "available_times": TimeOfDay.choices}.get(
        field, ()
    )


def _locked(update):
    return PendingUpdate.objects.select_for_update(of=("self",)).select_related("application__unit").get(pk=update.pk)


def _decide(update, state, actor):
    update.state, update.decided_at, update.decided_by = state, timezone.now(), actor
    update.save(update_fields=["state", "decided_at", "decided_by"])
