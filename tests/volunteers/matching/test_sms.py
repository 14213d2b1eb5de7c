"""Answering a proposal by SMS through the signed Twilio webhook: JA/NEI with or without the number."""

import itertools

import pytest

from notifications.models import InboundMessage, OutboundMessage
from tests import factories
from tests.notifications.webhooks import signed_post
from volunteers.matching.enums import ProposalState
from volunteers.matching.models import ProposalEvent
from volunteers.matching.sms import Answer, parse

from .conftest import make_proposal

INBOUND_URL = "/notifications/twilio/inbound/"
PHONE = "+4741234567"
_sids = itertools.count(1)


@pytest.fixture
def phone_volunteer(volunteer):
    volunteer.user.phone = PHONE
    volunteer.user.phone_verified = True
    volunteer.user.save()
    return volunteer


@pytest.fixture
def text(client, twilio, daytime, django_capture_on_commit_callbacks):
    """Send an SMS to the portal; returns the reply text the portal queued (or None)."""

    def send(body, phone=PHONE, sid=None):
        data = {"MessageSid": sid or f"SM{next(_sids):032d}", "From": phone, "Body": body}
        before = OutboundMessage.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
        with django_capture_on_commit_callbacks(execute=True):
            assert signed_post(client, INBOUND_URL, data).status_code == 200
        reply = OutboundMessage.objects.filter(pk__gt=before, address=phone, channel="sms").order_by("-pk").first()
        return reply.body if reply else None

    return send


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("JA 12", Answer(True, 12, "")),
        ("ja12", None),
        ("Ja", Answer(True, None, "")),
        ("ja takk!", Answer(True, None, "takk!")),
        ("NEI 3 har ikke tid nå", Answer(False, 3, "har ikke tid nå")),
        ("nei. 7", Answer(False, 7, "")),
        (" Nei #4", Answer(False, 4, "")),
        ("neida", None),
        ("JAJA", None),
        ("kanskje", None),
        ("", None),
    ],
)
def test_parse_reads_the_answer_and_number(body, expected):
    assert parse(body) == expected


def test_sms_ja_with_number_accepts_and_thanks(phone_volunteer, participant, text):
    proposal = make_proposal(participant, phone_volunteer)

    reply = text(f"JA {proposal.number}")

    proposal.refresh_from_db()
    assert (proposal.state, proposal.answer_source) == (ProposalState.ACCEPTED, "sms")
    assert reply == "Takk! Vi har fått ja-et ditt til å møte Ali. Koordinatoren tar kontakt."


def test_sms_ja_alone_answers_the_one_open_proposal(phone_volunteer, participant, text):
    proposal = make_proposal(participant, phone_volunteer)

    text("ja")

    proposal.refresh_from_db()
    assert proposal.state == ProposalState.ACCEPTED


def test_sms_ja_alone_with_two_open_lists_the_numbers(unit, phone_volunteer, participant, text):
    first = make_proposal(participant, phone_volunteer)
    second = make_proposal(factories.make_participant(unit), phone_volunteer)

    reply = text("JA")

    assert reply == f"Svar JA {first.number} eller NEI {first.number}. Åpne forslag: {first.number}, {second.number}."
    assert set(phone_volunteer.proposals.values_list("state", flat=True)) == {ProposalState.SENT}


def test_sms_nei_with_reason_declines(phone_volunteer, participant, text):
    proposal = make_proposal(participant, phone_volunteer)

    reply = text(f"NEI {proposal.number} har ikke tid i vår")

    proposal.refresh_from_db()
    assert (proposal.state, proposal.decline_reason) == (ProposalState.DECLINED, "har ikke tid i vår")
    assert reply == f"Takk for svaret. Vi har registrert nei til forslag {proposal.number}."


def test_sms_after_deadline_says_fristen_er_ute(phone_volunteer, participant, text):
    proposal = make_proposal(participant, phone_volunteer, deadline_in_days=-1)

    reply = text(f"JA {proposal.number}")

    proposal.refresh_from_db()
    assert proposal.state == ProposalState.EXPIRED
    assert reply == (
        f"Fristen er ute for forslag {proposal.number}. Ta kontakt med koordinatoren hvis du fortsatt vil."
    )


def test_sms_duplicate_webhook_has_one_effect(phone_volunteer, participant, text):
    proposal = make_proposal(participant, phone_volunteer)

    text(f"JA {proposal.number}", sid="SM" + "7" * 32)
    text(f"JA {proposal.number}", sid="SM" + "7" * 32)

    assert ProposalEvent.objects.filter(proposal=proposal).count() == 1
    assert InboundMessage.objects.count() == 1


def test_sms_same_answer_twice_is_acknowledged_once(phone_volunteer, participant, text):
    proposal = make_proposal(participant, phone_volunteer)
    text(f"JA {proposal.number}")

    reply = text(f"JA {proposal.number}")

    assert reply == f"Du har allerede svart på forslag {proposal.number}. Takk!"
    assert ProposalEvent.objects.filter(proposal=proposal).count() == 1


def test_sms_wrong_code_gets_help_and_changes_nothing(phone_volunteer, participant, text):
    proposal = make_proposal(participant, phone_volunteer)

    reply = text("JA 99")

    proposal.refresh_from_db()
    assert proposal.state == ProposalState.SENT
    assert reply == f"Svar JA {proposal.number} eller NEI {proposal.number}. Åpne forslag: {proposal.number}."


def test_sms_someone_elses_number_changes_nothing(unit, phone_volunteer, participant, text):
    other = factories.make_volunteer(unit)
    foreign = make_proposal(participant, other)

    reply = text(f"JA {foreign.number}")

    foreign.refresh_from_db()
    assert foreign.state == ProposalState.SENT
    assert reply == "Du har ingen forslag å svare på nå. Spørsmål? Ta kontakt med koordinatoren."


def test_sms_unknown_number_gets_generic_help_lands_in_inbox_and_changes_nothing(phone_volunteer, participant, text):
    proposal = make_proposal(participant, phone_volunteer)

    reply = text(f"JA {proposal.number}", phone="+4790000009")

    proposal.refresh_from_db()
    assert proposal.state == ProposalState.SENT
    assert reply == (
        "Takk for meldingen! Koordinatoren din leser den. Haster det, ring enheten din. "
        "Send STOPP for å slutte å få SMS."
    )
    message = InboundMessage.objects.get(phone="+4790000009")
    assert (message.keyword, message.state, message.user) == ("", "new", None)


def test_sms_withdrawn_proposal_is_no_longer_open(phone_volunteer, participant, text):
    proposal = make_proposal(participant, phone_volunteer, state=ProposalState.WITHDRAWN)

    reply = text(f"NEI {proposal.number}")

    assert reply == f"Forslag {proposal.number} er ikke åpent lenger. Spørsmål? Ta kontakt med koordinatoren."
