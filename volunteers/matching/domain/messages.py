"""The messages matching sends, registered with notifications from MatchingConfig.ready().

A Tidgiver who is asked learns the least they need: display name, age band, interests, what would help, area,
the coordinator's name and the deadline. Never the participant's code, life areas, goals or history.
"""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from notifications.api import register_template, send

PROPOSAL = "matching.proposal"
PROPOSAL_REMINDER = "matching.proposal_reminder"
PROPOSAL_WITHDRAWN = "matching.proposal_withdrawn"
PROPOSAL_ANSWERED = "matching.proposal_answered"
MATCH_STARTED = "matching.match_started"
MATCH_CLOSED = "matching.match_closed"

_SIGNATURE_NB = "Hilsen {koordinator}, Blå Kors steg for steg"
_SIGNATURE_EN = "{koordinator}, Blå Kors steg for steg"

TEMPLATES = {
    PROPOSAL: {
        "description": _("Asks a Tidgiver whether they will meet a participant (answer JA/NEI with the number)."),
        "sms": {
            "nb": "Hei {fornavn}! Vil du bli Tidgiver for {navn} ({alder}, {omrade})? Interesser: {interesser}. "
            "Det som kan hjelpe: {hjelp}. Svar JA {nummer} eller NEI {nummer} innen {frist}, eller på Min side: "
            "{lenke} Hilsen {koordinator}",
            "en": "Hi {fornavn}! Would you be a Tidgiver for {navn} ({alder}, {omrade})? Interests: {interesser}. "
            "What would help: {hjelp}. Reply JA {nummer} or NEI {nummer} by {frist}, or answer on My page: "
            "{lenke} {koordinator}",
        },
        "email_subject": {"nb": "Vil du bli Tidgiver for {navn}?", "en": "Would you be a Tidgiver for {navn}?"},
        "email_body": {
            "nb": "Hei {fornavn}!\n\nVi tror du og {navn} kan passe godt sammen.\n\nAlder: {alder}\nOmråde: "
            "{omrade}\nInteresser: {interesser}\nDet som kan hjelpe: {hjelp}\n\nSvar innen {frist} på Min side:"
            "\n{lenke}\n\neller svar på SMS med JA {nummer} eller NEI {nummer}. Det er helt greit å si nei.\n\n"
            + _SIGNATURE_NB,
            "en": "Hi {fornavn}!\n\nWe think you and {navn} could be a good match.\n\nAge: {alder}\nArea: "
            "{omrade}\nInterests: {interesser}\nWhat would help: {hjelp}\n\nPlease answer by {frist} on My page:"
            "\n{lenke}\n\nor reply by SMS with JA {nummer} or NEI {nummer}. It is fine to say no.\n\n" + _SIGNATURE_EN,
        },
    },
    PROPOSAL_REMINDER: {
        "description": _("Reminds a Tidgiver who has not answered a proposal yet."),
        "sms": {
            "nb": "Hei {fornavn}! Husk å svare på forslaget om {navn}: JA {nummer} eller NEI {nummer} innen "
            "{frist}. {lenke}",
            "en": "Hi {fornavn}! Remember to answer the proposal about {navn}: JA {nummer} or NEI {nummer} by "
            "{frist}. {lenke}",
        },
        "email_subject": {"nb": "Husk å svare: {navn}", "en": "Please answer: {navn}"},
        "email_body": {
            "nb": "Hei {fornavn}!\n\nVi venter på svaret ditt om du vil bli Tidgiver for {navn}. Svar innen "
            "{frist} på Min side:\n{lenke}\n\n" + _SIGNATURE_NB,
            "en": "Hi {fornavn}!\n\nWe are waiting for your answer on being a Tidgiver for {navn}. Please answer "
            "by {frist} on My page:\n{lenke}\n\n" + _SIGNATURE_EN,
        },
    },
    PROPOSAL_WITHDRAWN: {
        "description": _("Tells a Tidgiver that a proposal was withdrawn (no answer needed)."),
        "sms": {
            "nb": "Hei {fornavn}! Forslaget om {navn} er trukket tilbake. Du trenger ikke svare. Takk!",
            "en": "Hi {fornavn}! The proposal about {navn} has been withdrawn. You need not answer. Thank you!",
        },
    },
    PROPOSAL_ANSWERED: {
        "description": _("Tells the coordinator that a Tidgiver answered a proposal."),
        "email_subject": {"nb": "Svar på matchforslag {nummer}: {svar}", "en": "Answer to proposal {nummer}: {svar}"},
        "email_body": {
            "nb": "Hei {fornavn}!\n\n{tidgiver} har svart «{svar}» på forslaget om {navn}.\n\n{neste}\n\n"
            "Blå Kors steg for steg",
            "en": "Hi {fornavn}!\n\n{tidgiver} answered “{svar}” to the proposal about {navn}.\n\n{neste}\n\n"
            "Blå Kors steg for steg",
        },
    },
    MATCH_STARTED: {
        "description": _("Tells a Tidgiver that the match has started, with the coordinator's contact."),
        "sms": {
            "nb": "Hei {fornavn}! Matchen med {navn} er i gang. Du finner det du trenger på Min side: {lenke} "
            "Spørsmål? Kontakt {koordinator} ({kontakt}).",
            "en": "Hi {fornavn}! The match with {navn} has started. What you need is on My page: {lenke} "
            "Questions? Contact {koordinator} ({kontakt}).",
        },
        "email_subject": {"nb": "Matchen med {navn} er i gang", "en": "The match with {navn} has started"},
        "email_body": {
            "nb": "Hei {fornavn}!\n\nTakk for at du sa ja. Matchen med {navn} er i gang, og du finner det du "
            "trenger på Min side:\n{lenke}\n\nSpørsmål? Kontakt {koordinator} ({kontakt}).\n\n" + _SIGNATURE_NB,
            "en": "Hi {fornavn}!\n\nThank you for saying yes. The match with {navn} has started, and what you need "
            "is on My page:\n{lenke}\n\nQuestions? Contact {koordinator} ({kontakt}).\n\n" + _SIGNATURE_EN,
        },
    },
    MATCH_CLOSED: {
        "description": _("Thanks a Tidgiver when a match is closed."),
        "email_subject": {"nb": "Takk for tiden med {navn}", "en": "Thank you for your time with {navn}"},
        "email_body": {
            "nb": "Hei {fornavn}!\n\nMatchen med {navn} er avsluttet. Takk for tiden du har gitt. Vil du snakke om "
            "hvordan det gikk, kontakt {koordinator} ({kontakt}).\n\n" + _SIGNATURE_NB,
            "en": "Hi {fornavn}!\n\nThe match with {navn} is closed. Thank you for the time you have given. If you "
            "would like to talk about how it went, contact {koordinator} ({kontakt}).\n\n" + _SIGNATURE_EN,
        },
    },
}


def register_templates():
    for key, texts in TEMPLATES.items():
        register_template(key, **texts)


def _coordinator_name(user):
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()


def _contact(unit, coordinator):
    return unit.contact_phone or unit.contact_email or getattr(coordinator, "email", "")


def deadline_text(proposal):
    return timezone.localtime(proposal.deadline).strftime("%d.%m.")


def proposal_context(proposal):
    participant = proposal.participant
    interests = ", ".join(str(interest) for interest in participant.interests.all())
    return {
        "navn": participant.display_name,
        "alder": participant.get_age_band_display() or "–",
        "omrade": participant.municipality or proposal.unit.municipality or "–",
        "interesser": interests or "–",
        "hjelp": participant.what_would_help or "–",
        "koordinator": _coordinator_name(proposal.proposed_by),
        "frist": deadline_text(proposal),
        "nummer": proposal.number,
    }


def to_tidgiver(proposal_or_match, key, context=None):
    volunteer = proposal_or_match.volunteer
    return send(volunteer.user, key, context or {}, unit=proposal_or_match.unit)


def ask(proposal):
    return to_tidgiver(proposal, PROPOSAL, proposal_context(proposal))


def remind(proposal):
    return to_tidgiver(proposal, PROPOSAL_REMINDER, proposal_context(proposal))


def withdrawn(proposal):
    return to_tidgiver(proposal, PROPOSAL_WITHDRAWN, {"navn": proposal.participant.display_name})


def answered(proposal):
    coordinator = proposal.proposed_by
    if coordinator is None:
        return []
    accepted = proposal.state == "accepted"
    context = {
        "navn": proposal.participant.display_name,
        "nummer": proposal.number,
        "tidgiver": proposal.volunteer.user.get_full_name(),
        "svar": _("yes") if accepted else _("no"),
        "neste": _("Confirm with the participant, then activate the match in the back office.")
        if accepted
        else _("Find another Tidgiver in the back office."),
    }
    return send(coordinator, PROPOSAL_ANSWERED, context, channels=("email",), unit=proposal.unit)


def match_context(match, coordinator):
    return {
        "navn": match.participant.display_name,
        "koordinator": _coordinator_name(coordinator),
        "kontakt": _contact(match.unit, coordinator),
    }


def match_started(match, coordinator):
    return to_tidgiver(match, MATCH_STARTED, match_context(match, coordinator))


def match_closed(match, coordinator):
    return to_tidgiver(match, MATCH_CLOSED, match_context(match, coordinator))
