import datetime

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import translation

from notifications.api import SmsCapReached, preview_group, send_group
from notifications.enums import Channel, ChannelChoice, Status
from notifications.models import ContactPreference, OutboundMessage, PhoneStatus, UnitSmsCap
from portal.org.enums import Role
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def team(unit):
    people = [
        factories.make_member(unit, Role.TIDGIVER, first_name=name, phone=phone)
        for name, phone in (("Anne", "+4741000001"), ("Bjørn", "+4741000002"), ("Cecilie", ""))
    ]
    ContactPreference.objects.create(user=people[1], channels=ChannelChoice.SMS)
    return people


def test_send_group_queues_by_each_persons_preference(team, coordinator, unit, twilio, daytime):
    result = send_group(
        team, "Temakveld om økonomi torsdag kl. 18. Velkommen, {fornavn}!", sender=coordinator, unit=unit
    )

    assert (result.queued, result.skipped, result.sms_count, result.email_count) == (4, 0, 2, 2)
    rows = OutboundMessage.objects.order_by("user__first_name", "channel")
    assert [(row.user.first_name, row.channel, row.sender, row.unit) for row in rows] == [
        ("Anne", Channel.EMAIL, coordinator, unit),
        ("Anne", Channel.SMS, coordinator, unit),
        ("Bjørn", Channel.SMS, coordinator, unit),
        ("Cecilie", Channel.EMAIL, coordinator, unit),
    ]
    bjorn_sms = rows.get(user__first_name="Bjørn")
    assert bjorn_sms.body == "Temakveld om økonomi torsdag kl. 18. Velkommen, Bjørn!"
    anne_email = rows.get(user__first_name="Anne", channel=Channel.EMAIL)
    assert (anne_email.subject, anne_email.body) == (
        "Melding fra Drammen",
        "Hei Anne!\n\nTemakveld om økonomi torsdag kl. 18. Velkommen, Anne!\n\nHilsen Drammen",
    )


def test_send_group_refuses_recipients_outside_the_unit(team, coordinator, unit, other_unit):
    outsider = factories.make_member(other_unit, Role.TIDGIVER, phone="+4741000009")

    with pytest.raises(PermissionDenied):
        send_group([*team, outsider], "Hei", sender=coordinator, unit=unit)

    assert OutboundMessage.objects.count() == 0


def test_send_group_refuses_sender_from_another_unit(team, other_coordinator, unit):
    with pytest.raises(PermissionDenied):
        send_group(team, "Hei", sender=other_coordinator, unit=unit)

    assert OutboundMessage.objects.count() == 0


def test_send_group_refuses_tidgiver_as_sender(team, unit):
    with pytest.raises(PermissionDenied):
        send_group(team, "Hei", sender=team[0], unit=unit)


def test_send_group_over_monthly_cap_sends_nothing_and_says_why(team, coordinator, unit, daytime):
    UnitSmsCap.objects.create(unit=unit, monthly_limit=3)
    send_group(team[:1], "Første", sender=coordinator, unit=unit)  # 1 SMS used
    extra = factories.make_member(unit, Role.TIDGIVER, phone="+4741000003")
    before = OutboundMessage.objects.count()

    with pytest.raises(SmsCapReached) as raised, translation.override("en"):
        send_group([*team, extra], "Andre", sender=coordinator, unit=unit)

    assert str(raised.value) == (
        "Drammen has used 1 of its 3 SMS this month (a long message counts as several). "
        "This message needs 3 SMS, but only 2 are left. "
        "Shorten the text, send to fewer people, send by e-mail, or ask an administrator to raise the cap."
    )
    assert OutboundMessage.objects.count() == before


def test_send_group_cap_counts_only_this_month(team, coordinator, unit, daytime):
    UnitSmsCap.objects.create(unit=unit, monthly_limit=2)
    send_group(team, "Februar", sender=coordinator, unit=unit)
    daytime[0] += datetime.timedelta(days=31)  # into April

    result = send_group(team, "April", sender=coordinator, unit=unit)

    assert result.sms_count == 2


def test_send_group_after_stopp_uses_email(team, coordinator, unit, daytime):
    PhoneStatus.objects.create(phone="+4741000002", opted_out=True)

    result = send_group(team[1:2], "Hei", sender=coordinator, unit=unit)

    assert (result.sms_count, result.email_count) == (0, 1)


def test_preview_group_counts_recipients_segments_and_cap(team, unit, daytime):
    UnitSmsCap.objects.create(unit=unit, monthly_limit=100)
    body = "Hei {fornavn}! " + "Temakveld om bolig og økonomi. " * 8

    preview = preview_group(team, body, unit=unit)

    assert (preview.recipients, preview.sms, preview.email, preview.unreachable) == (3, 2, 2, 0)
    assert preview.sample_sms.startswith("Hei Anne! Temakveld")
    assert (preview.encoding, preview.segments, preview.sms_segments_total) == ("GSM-7", 2, 4)
    assert (preview.cap_limit, preview.cap_used, preview.cap_left, preview.too_long, preview.over_cap) == (
        100,
        0,
        100,
        False,
        False,
    )


def test_preview_group_with_template_key(team, unit):
    preview = preview_group(team, "notifications.sms_help", unit=unit)

    assert preview.sample_sms.startswith("Takk for meldingen!")
    assert preview.cap_limit is None


def test_send_group_quiet_hours_apply(team, coordinator, unit, daytime):
    daytime[0] = datetime.datetime(2026, 3, 10, 22, 0, tzinfo=datetime.UTC)

    send_group(team[:1], "Hei", sender=coordinator, unit=unit)

    sms = OutboundMessage.objects.get(channel=Channel.SMS)
    assert (sms.status, sms.send_after) == (Status.QUEUED, datetime.datetime(2026, 3, 11, 7, 0, tzinfo=datetime.UTC))


LONG_TEXT = "Temakveld om bolig, økonomi og arbeid torsdag kl. 18 på huset. " * 8  # 4 segments


def test_send_group_cap_counts_segments_not_messages(team, coordinator, unit, daytime):
    UnitSmsCap.objects.create(unit=unit, monthly_limit=10)
    send_group(team[:1], LONG_TEXT, sender=coordinator, unit=unit)  # 1 message of 4 segments

    preview = preview_group(team, LONG_TEXT, unit=unit)
    with pytest.raises(SmsCapReached):
        send_group(team, LONG_TEXT, sender=coordinator, unit=unit)  # 2 x 4 = 8 segments, 6 left

    assert (preview.segments, preview.sms_segments_total, preview.cap_used, preview.cap_left) == (4, 8, 4, 6)
    assert preview.over_cap is True
    assert OutboundMessage.objects.filter(channel=Channel.SMS).count() == 1


def test_send_group_cap_ignores_urgent_log_in_codes(team, coordinator, unit, daytime):
    from notifications.api import send

    UnitSmsCap.objects.create(unit=unit, monthly_limit=2)
    for _code in range(3):
        send(team[0], "notifications.login_code", {"kode": "123456"}, channels=("sms",), urgent=True, unit=unit)

    result = send_group(team, "Hei {fornavn}", sender=coordinator, unit=unit)

    assert (result.sms_count, preview_group(team, "Hei", unit=unit).cap_used) == (2, 2)
