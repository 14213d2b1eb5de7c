"""Holding a re-submitted application form as a pending update, and the signed link that confirms it.

The public form cannot tell whether the person typing an e-mail owns it. So a second form for an open
application changes nothing: the answers wait in a PendingUpdate, and an e-mail to the address on file asks the
person to confirm them (see updates.py for applying or discarding).
"""

import datetime

from django.utils.translation import gettext as _

from portal.org.models import Unit, VolunteerRole

from ..enums import EventKind, UpdateState
from ..models import PendingUpdate
from . import links, messages
from .records import log_event

UPDATE_LINK_SALT = "volunteers.pending_update"
UPDATE_LINK_MAX_AGE = datetime.timedelta(days=7)


def hold(application, data, *, other_email=""):
    """Store ``data`` (the form's cleaned data) as the application's pending update; e-mail the person."""
    application.pending_updates.pending().update(state=UpdateState.SUPERSEDED)
    pending = PendingUpdate.objects.create(application=application, unit=application.unit, answers=to_json(data))
    text = [
        str(
            _(
                "Applied again with the same e-mail or mobile number. Nothing was changed: the new answers wait "
                "until the applicant confirms them from an e-mail to the address on file, or a coordinator "
                "applies them."
            )
        )
    ]
    if other_email:
        text.append(_("A different e-mail address was given: %(email)s.") % {"email": other_email})
    log_event(application, EventKind.DUPLICATE, " ".join(text))
    messages.notify_applicant(
        application,
        messages.UPDATE_CONFIRM,
        {"bekreftelseslenke": link(pending), "dager": UPDATE_LINK_MAX_AGE.days},
        channels=("email",),
    )
    return pending


def token(pending):
    return links.token_for(pending.pk, UPDATE_LINK_SALT)


def link(pending):
    return links.public_link("volunteers:confirm_update", token(pending))


def pending_for_token(token_text):
    """The pending update a link belongs to, or None for a broken or expired link."""
    pk = links.pk_from_token(token_text, UPDATE_LINK_SALT, UPDATE_LINK_MAX_AGE)
    return PendingUpdate.objects.filter(pk=pk).select_related("application__unit").first() if pk is not None else None


def to_json(data):
    answers = dict(data)
    answers["unit"] = data["unit"].pk
    answers["volunteer_role"] = data["volunteer_role"].pk if data.get("volunteer_role") else None
    answers["date_of_birth"] = data["date_of_birth"].isoformat()
    return answers


def from_json(answers, application):
    """The answers as the form gave them; a unit or role deleted meanwhile falls back to the application's."""
    data = dict(answers)
    data["unit"] = Unit.objects.filter(pk=answers["unit"]).first() or application.unit
    role_id = answers.get("volunteer_role")
    data["volunteer_role"] = VolunteerRole.objects.filter(pk=role_id).first() if role_id else None
    data["date_of_birth"] = datetime.date.fromisoformat(answers["date_of_birth"])
    return data
