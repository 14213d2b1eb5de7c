"""What a coordinator records during screening. Each record writes a timeline entry; booking or holding the
conversation also moves the application on to that step (through screening.transition, as a button would)."""

from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from ..enums import PIPELINE, ApplicationState, EventKind, ReferenceOutcome
from ..models import ApplicationEvent, PoliceCertificateCheck, Reference, ScreeningConversation
from .errors import StepNotApplicable


def log_event(application, kind, text="", *, actor=None):
    return ApplicationEvent.objects.create(application=application, actor=actor, kind=kind, text=text)


@transaction.atomic
def add_note(application, actor, text):
    return log_event(application, EventKind.NOTE, text.strip(), actor=actor)


@transaction.atomic
def record_conversation(application, *, actor, booked_for=None, held_on=None, notes="", conversation=None):
    """Book a screening conversation, or record that it was held (pass `conversation` to update one)."""
    conversation = conversation or ScreeningConversation(application=application)
    conversation.booked_for = booked_for if booked_for is not None else conversation.booked_for
    conversation.held_on = held_on if held_on is not None else conversation.held_on
    conversation.notes = notes or conversation.notes
    conversation.recorded_by = actor
    conversation.recorded_at = timezone.now()
    conversation.full_clean(exclude=["application"])
    conversation.save()
    if conversation.held_on:
        text = _("Conversation held %(date)s") % {"date": date_format(conversation.held_on, "SHORT_DATE_FORMAT")}
    else:
        booked = timezone.localtime(conversation.booked_for) if conversation.booked_for else None
        text = _("Conversation booked for %(when)s") % {
            "when": date_format(booked, "SHORT_DATETIME_FORMAT") if booked else "–"
        }
    log_event(application, EventKind.CHECKLIST, text, actor=actor)
    step = ApplicationState.CONVERSATION_HELD if conversation.held_on else ApplicationState.CONVERSATION_BOOKED
    advance_to(application, step, actor=actor)
    return conversation


def advance_to(application, step, *, actor):
    """Move forward along the pipeline up to ``step``, one allowed move at a time; never backwards, and
    stop where the rules stop it (on hold, a guardian still to confirm). Returns the states passed."""
    from .screening import can_transition, transition

    passed = []
    while application.state in PIPELINE and PIPELINE.index(application.state) < PIPELINE.index(step):
        following = PIPELINE[PIPELINE.index(application.state) + 1]
        if not can_transition(application, following):
            break
        transition(application, following, actor=actor)
        passed.append(following)
    return passed


@transaction.atomic
def add_reference(application, *, actor, name, relation, contact, outcome=ReferenceOutcome.PENDING, notes=""):
    reference = Reference(
        application=application, name=name, relation=relation, contact=contact, outcome=outcome, notes=notes
    )
    reference.full_clean(exclude=["application"])
    reference.save()
    _log_reference(reference, actor)
    return reference


@transaction.atomic
def update_reference(reference, *, actor, outcome, notes=None):
    reference.outcome = outcome
    if notes is not None:
        reference.notes = notes
    reference.full_clean(exclude=["application"])
    reference.save()
    _log_reference(reference, actor)
    return reference


def _log_reference(reference, actor):
    text = _("Reference %(name)s (%(relation)s): %(outcome)s") % {
        "name": reference.name,
        "relation": reference.relation,
        "outcome": reference.get_outcome_display(),
    }
    log_event(reference.application, EventKind.CHECKLIST, text, actor=actor)


@transaction.atomic
def record_police_certificate(application, *, actor, asked_on, shown_on=None, issue_date=None, check=None):
    """Record that a police certificate was asked for and (later) shown. Only dates and who saw it are stored.

    Raises StepNotApplicable for a role that does not require one, ValidationError for impossible dates
    (e.g. an issue date more than three months before it was shown).
    """
    role = application.volunteer_role
    if role is None or not role.requires_police_certificate:
        raise StepNotApplicable(_("This role does not require a police certificate."))
    check = check or PoliceCertificateCheck(application=application, volunteer_role=role)
    check.asked_on = asked_on
    check.shown_on = shown_on
    check.issue_date = issue_date
    check.shown_to = actor if shown_on else None
    check.full_clean(exclude=["application"])
    check.save()
    if shown_on:
        text = _("Police certificate shown %(date)s") % {"date": date_format(shown_on, "SHORT_DATE_FORMAT")}
    else:
        text = _("Police certificate asked for %(date)s") % {"date": date_format(asked_on, "SHORT_DATE_FORMAT")}
    log_event(application, EventKind.CHECKLIST, text, actor=actor)
    return check
