"""SMS answers to proposals: "JA 12" / "NEI 12" (or "JA" / "NEI" when exactly one proposal is open).

Registered in MatchingConfig.ready(). Thin: parse, find the person's proposal, call proposals.answer, reply.
A wrong code gets a help reply and changes nothing; an unknown number never reaches this module (it gets
notifications' generic help and lands in the coordinators' inbox, where a Tidgiver with a new number is seen).
"""

import re
from dataclasses import dataclass

from django.utils import translation
from django.utils.translation import gettext as _

from notifications.api import preferred_language

from .domain import proposals
from .domain.errors import MatchingError, ProposalExpired
from .enums import AnswerSource, ProposalState
from .models import Proposal

KEYWORDS = {"JA": True, "NEI": False}
_ANSWER = re.compile(r"^\s*(?P<word>ja|nei)\b[\s.,:;!#-]*(?P<number>\d{1,6})?\b\s*(?P<rest>.*)$", re.I | re.S)
REASON_LIMIT = 500


@dataclass(frozen=True)
class Answer:
    accepted: bool
    number: int | None
    rest: str


def parse(body):
    """'JA 12' → Answer(True, 12, ''); 'nei 3 har ikke tid' → Answer(False, 3, 'har ikke tid'); else None."""
    found = _ANSWER.match(body or "")
    if found is None:
        return None
    number = found.group("number")
    return Answer(KEYWORDS[found.group("word").upper()], int(number) if number else None, found.group("rest").strip())


def handle(message, user):
    answer = parse(message.body)
    with translation.override(preferred_language(user)):
        if answer is None:
            return _help(user)
        return _answer(user, answer)


def _open(user):
    return list(
        Proposal.objects.filter(volunteer__user=user, state=ProposalState.SENT)
        .select_related("participant", "volunteer")
        .order_by("number")
    )


def _help(user, open_proposals=None):
    open_proposals = _open(user) if open_proposals is None else open_proposals
    if not open_proposals:
        return _("You have no proposal to answer now. Questions? Contact your coordinator.")
    numbers = ", ".join(str(proposal.number) for proposal in open_proposals)
    example = open_proposals[0].number
    return _("Reply JA %(number)s or NEI %(number)s. Your open proposals: %(numbers)s.") % {
        "number": example,
        "numbers": numbers,
    }


def _find(user, answer):
    if answer.number is not None:
        return Proposal.objects.filter(volunteer__user=user, number=answer.number).select_related(
            "participant", "volunteer"
        ).first(), None
    open_proposals = _open(user)
    if len(open_proposals) == 1:
        return open_proposals[0], None
    return None, open_proposals


def _answer(user, answer):
    proposal, open_proposals = _find(user, answer)
    if proposal is None:
        return _help(user, open_proposals)
    reason = "" if answer.accepted else answer.rest[:REASON_LIMIT]
    try:
        changed = proposals.answer(proposal, answer.accepted, user, source=AnswerSource.SMS, reason=reason)
    except ProposalExpired:
        return _("The deadline for proposal %(number)s has passed. Contact your coordinator if you still want to.") % {
            "number": proposal.number
        }
    except MatchingError:
        return _("Proposal %(number)s is no longer open. Questions? Contact your coordinator.") % {
            "number": proposal.number
        }
    context = {"number": proposal.number, "name": proposal.participant.display_name}
    if not changed:
        return _("You have already answered proposal %(number)s. Thank you!") % context
    if answer.accepted:
        return _("Thank you! We have your yes to meeting %(name)s. Your coordinator will be in touch.") % context
    return _("Thank you for answering. We have your no to proposal %(number)s.") % context


def register():
    from notifications.api import register_keyword

    for word in KEYWORDS:
        register_keyword(word, handle, known_senders_only=True)
