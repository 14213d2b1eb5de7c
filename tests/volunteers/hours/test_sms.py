"""Hours by SMS through the signed Twilio webhook: TIMER and ANGRE, replies word for word, idempotency."""

import datetime

import pytest

from notifications.models import InboundMessage, OutboundMessage
from tests import factories
from tests.notifications.webhooks import signed_post
from volunteers.hours.models import HourEntry
from volunteers.matching.models import Match

from .factories import make_volunteer

INBOUND_URL = "/notifications/twilio/inbound/"
PHONE = "+4741234567"
_sids = iter(range(1, 10_000))


@pytest.fixture
def tone(tidgiver):
    tidgiver.phone = PHONE
    tidgiver.phone_verified = True
    tidgiver.save()
    return tidgiver


def make_match(volunteer, name):
    participant = factories.make_participant(volunteer.unit, display_name=name)
    return Match.objects.create(unit=volunteer.unit, participant=participant, volunteer=volunteer)


@pytest.fixture
def sms(client, twilio, daytime, django_capture_on_commit_callbacks):
    """Send an SMS to the portal; returns the reply texts queued for it."""

    def receive(body, phone=PHONE, sid=None):
        data = {"MessageSid": sid or f"SM{next(_sids):032d}", "From": phone, "Body": body}
        before = set(OutboundMessage.objects.values_list("pk", flat=True))
        with django_capture_on_commit_callbacks(execute=True):
            assert signed_post(client, INBOUND_URL, data).status_code == 200
        return list(
            OutboundMessage.objects.exclude(pk__in=before)
            .filter(channel="sms")
            .order_by("pk")
            .values_list("body", flat=True)
        )

    return receive


@pytest.fixture
def one_match(tone, volunteer):
    return make_match(volunteer, "Ali")


def test_timer_with_one_match_stores_and_says_exactly_what(sms, one_match, daytime):
    replies = sms("TIMER 2,5 kino")

    entry = HourEntry.objects.get()
    assert (entry.match, entry.quarters, entry.date, entry.state, entry.source, entry.note) == (
        one_match,
        10,
        daytime[0].date(),
        "submitted",
        "sms",
        "kino",
    )
    assert replies == ["Registrert 2,5 timer i dag med Ali. Svar ANGRE innen en time for å slette."]


@pytest.mark.parametrize(
    ("body", "quarters", "days_back", "measure"),
    [
        ("TIMER 2.5", 10, 0, ""),
        ("TIMER 2t30", 10, 0, ""),
        ("TIMER 1:30 i går", 6, 1, ""),
        ("timer 150 min nettverk", 10, 0, "network"),
        ("TIMER 2 9.3", 8, 1, ""),
    ],
)
def test_timer_formats_are_stored(sms, one_match, daytime, body, quarters, days_back, measure):
    sms(body)

    entry = HourEntry.objects.get()
    assert (entry.quarters, entry.date, entry.measure) == (
        quarters,
        daytime[0].date() - datetime.timedelta(days=days_back),
        measure,
    )


def test_timer_reply_names_yesterday_and_a_date(sms, one_match):
    assert sms("TIMER 1 i går") == ["Registrert 1 timer i går med Ali. Svar ANGRE innen en time for å slette."]
    assert sms("TIMER 0,75 1.3") == ["Registrert 0,75 timer den 1.3. med Ali. Svar ANGRE innen en time for å slette."]


def test_timer_with_several_matches_lists_them_with_numbers(sms, one_match, volunteer):
    make_match(volunteer, "Berit")

    replies = sms("TIMER 2,5")
    stored = sms("TIMER 2,5 2")

    assert replies == ["Svar TIMER 2,5 1 for Ali, TIMER 2,5 2 for Berit"]
    assert stored == ["Registrert 2,5 timer i dag med Berit. Svar ANGRE innen en time for å slette."]
    assert HourEntry.objects.get().match.participant.display_name == "Berit"


def test_timer_nonsense_gets_one_short_help_and_stores_nothing(sms, one_match):
    assert sms("TIMER masse") == ["Før timer ved å svare for eksempel TIMER 2,5 eller TIMER 1:30 i går."]
    assert sms("TIMER 13") == ["Før timer ved å svare for eksempel TIMER 2,5 eller TIMER 1:30 i går."]
    assert HourEntry.objects.count() == 0


def test_timer_too_old_date_is_refused_with_the_reason(sms, one_match):
    assert sms("TIMER 2 1.1.2025") == ["Timer eldre enn 60 dager kan ikke føres her. Spør koordinatoren din."]
    assert HourEntry.objects.count() == 0


def test_the_same_sms_twice_stores_one_entry(sms, one_match):
    sms("TIMER 2", sid="SM" + "7" * 32)
    sms("TIMER 2", sid="SM" + "7" * 32)

    assert HourEntry.objects.count() == 1
    assert InboundMessage.objects.count() == 1


GENERIC_HELP = (
    "Takk for meldingen! Koordinatoren din leser den. Haster det, ring enheten din. Send STOPP for å slutte å få SMS."
)


def test_timer_from_an_unknown_number_gets_the_generic_help_and_stores_nothing(sms, one_match):
    assert sms("TIMER 2", phone="+4799999999") == [GENERIC_HELP]
    assert HourEntry.objects.count() == 0
    message = InboundMessage.objects.get()
    assert (message.keyword, message.state, message.user) == ("", "new", None)


def test_angre_from_an_unknown_number_gets_the_generic_help_once_a_day(sms, one_match):
    assert sms("ANGRE", phone="+4799999999") == [GENERIC_HELP]
    assert sms("TIMER 2", phone="+4799999999") == []
    assert HourEntry.objects.count() == 0


def test_timer_without_an_active_match_points_to_min_side(sms, tone, volunteer):
    assert sms("TIMER 2") == ["Du har ingen aktiv match. Før timer for andre aktiviteter på Min side."]
    assert HourEntry.objects.count() == 0


def test_angre_deletes_the_last_sms_entry_within_an_hour(sms, one_match, daytime):
    sms("TIMER 1")
    sms("TIMER 2")

    assert sms("ANGRE") == ["Slettet 2 timer i dag med Ali."]
    assert list(HourEntry.objects.values_list("quarters", flat=True)) == [4]


def test_angre_after_an_hour_deletes_nothing(sms, one_match, daytime):
    sms("TIMER 1")
    daytime[0] += datetime.timedelta(minutes=61)

    assert sms("ANGRE") == ["Det finnes ingen timer fra SMS den siste timen å slette."]
    assert HourEntry.objects.count() == 1


def test_angre_never_deletes_web_entries(sms, one_match, volunteer):
    from .factories import submit

    submit(volunteer, days_ago=0)

    assert sms("ANGRE") == ["Det finnes ingen timer fra SMS den siste timen å slette."]
    assert HourEntry.objects.count() == 1


def test_timer_for_another_unit_profile_uses_that_profiles_match(sms, tone, other_unit):
    other_profile = make_volunteer(other_unit, user=tone)
    match = make_match(other_profile, "Cato")

    sms("TIMER 1")

    assert (HourEntry.objects.get().match, HourEntry.objects.get().unit) == (match, other_unit)
