"""Reminder rules and the ledger: each rule at most once per period; rules off, paused Tidgivers, empty digests."""

import datetime

import pytest
from django.utils import timezone

from notifications.models import OutboundMessage
from tests import factories
from volunteers.enums import VolunteerStatus
from volunteers.hours.domain import reminders
from volunteers.hours.models import HourEntry, Meeting, ReminderLedger, ReminderRule
from volunteers.models import Application

from .factories import submit

# Monday 7 December 2026, 10:00 in Oslo.
MONDAY = timezone.make_aware(datetime.datetime(2026, 12, 7, 10, 0))


def meeting(volunteer, day, hour=18, **fields):
    return Meeting.objects.create(
        unit=volunteer.unit, volunteer=volunteer, date=day, start_time=datetime.time(hour, 0), **fields
    )


def sent(key):
    return list(OutboundMessage.objects.filter(template_key=key).values_list("user__email", flat=True))


def test_meeting_tomorrow_is_reminded_once(volunteer):
    meeting(volunteer, MONDAY.date() + datetime.timedelta(days=1), place="Biblioteket")

    first = reminders.meeting_reminders(volunteer.unit, MONDAY)
    second = reminders.meeting_reminders(volunteer.unit, MONDAY + datetime.timedelta(hours=3))

    assert (first, second) == (1, 0)
    assert sent("hours.meeting_reminder") == ["tone@example.org"]
    assert "i morgen kl. 18:00 (Biblioteket)" in OutboundMessage.objects.get().body


def test_meeting_reminder_skips_cancelled_other_days_paused_and_rule_off(volunteer, unit):
    tomorrow = MONDAY.date() + datetime.timedelta(days=1)
    meeting(volunteer, tomorrow, cancelled_at=MONDAY)
    meeting(volunteer, tomorrow + datetime.timedelta(days=1))

    assert reminders.meeting_reminders(unit, MONDAY) == 0
    meeting(volunteer, tomorrow)
    volunteer.status = VolunteerStatus.PAUSED
    volunteer.save()
    assert reminders.meeting_reminders(unit, MONDAY) == 0
    volunteer.status = VolunteerStatus.ACTIVE
    volunteer.save()
    ReminderRule.objects.create(unit=unit, kind="meeting_tomorrow", enabled=False)
    assert reminders.meeting_reminders(unit, MONDAY) == 0
    assert OutboundMessage.objects.count() == 0


def test_meeting_prompt_after_the_meeting_without_hours_once(volunteer, unit):
    meeting(volunteer, MONDAY.date(), hour=8)

    assert reminders.meeting_prompts(unit, MONDAY) == 1
    assert reminders.meeting_prompts(unit, MONDAY + datetime.timedelta(hours=1)) == 0
    assert OutboundMessage.objects.filter(template_key="hours.meeting_prompt").count() == 1


def test_meeting_prompt_waits_for_the_end_and_skips_when_hours_are_logged(volunteer, unit):
    later = meeting(volunteer, MONDAY.date(), hour=18)
    done = meeting(volunteer, MONDAY.date(), hour=8)
    HourEntry.objects.create(unit=unit, volunteer=volunteer, date=done.date, quarters=4)

    assert reminders.meeting_prompts(unit, MONDAY) == 0
    assert ReminderLedger.objects.count() == 0
    assert later.ends_at > MONDAY


def test_weekly_digest_goes_to_each_coordinator_on_monday_once(unit, coordinator, volunteer):
    entry = submit(volunteer)
    HourEntry.objects.filter(pk=entry.pk).update(created_at=MONDAY - datetime.timedelta(days=8))

    assert reminders.weekly_digests(unit, MONDAY - datetime.timedelta(days=1)) == 0
    assert reminders.weekly_digests(unit, MONDAY) == 1
    assert reminders.weekly_digests(unit, MONDAY + datetime.timedelta(hours=5)) == 0
    message = OutboundMessage.objects.get(template_key="hours.coordinator_digest")
    assert message.user == coordinator
    assert "- 1 timeføring har ventet mer enn 7 dager på godkjenning." in message.body


def test_weekly_digest_is_not_sent_when_nothing_waits(unit, coordinator, volunteer):
    submit(volunteer)

    assert reminders.weekly_digests(unit, MONDAY) == 0
    assert OutboundMessage.objects.count() == 0


def test_weekly_digest_counts_applications_waiting_more_than_7_days(unit, coordinator):
    from tests.volunteers.conftest import make_application

    application = make_application(unit)
    Application.objects.filter(pk=application.pk).update(submitted_at=MONDAY - datetime.timedelta(days=9))

    assert reminders.weekly_digests(unit, MONDAY) == 1
    assert "- 1 søknad har ventet mer enn 7 dager." in OutboundMessage.objects.get(user=coordinator).body


@pytest.mark.parametrize("kind", ["meeting_tomorrow", "meeting_prompt", "no_hours_nudge", "weekly_digest"])
def test_ledger_records_each_reminder_once_per_period(unit, kind):
    assert reminders.record_once(unit, kind, "volunteer:1", "2026-W50") is True
    assert reminders.record_once(unit, kind, "volunteer:1", "2026-W50") is False
    assert reminders.record_once(unit, kind, "volunteer:1", "2026-W51") is True
    assert ReminderLedger.objects.filter(kind=kind).count() == 2


def test_reminder_schedule_runs_every_hour(db):
    from django_q.models import Schedule

    schedule = Schedule.objects.get(name="hours: reminders")

    assert (schedule.func, schedule.schedule_type) == ("volunteers.hours.tasks.run_reminders", "H")


def _match(volunteer, name, started_on):
    from tests import factories
    from volunteers.matching.models import Match

    participant = factories.make_participant(volunteer.unit, display_name=name)
    return Match.objects.create(
        unit=volunteer.unit, participant=participant, volunteer=volunteer, started_on=started_on
    )


def test_no_hours_for_14_days_nudges_once_per_silence(volunteer, unit):
    match = _match(volunteer, "Ali", MONDAY.date() - datetime.timedelta(days=30))
    HourEntry.objects.create(
        unit=unit, volunteer=volunteer, match=match, date=MONDAY.date() - datetime.timedelta(days=15), quarters=4
    )

    assert reminders.no_hours_nudges(unit, MONDAY) == 1
    assert reminders.no_hours_nudges(unit, MONDAY + datetime.timedelta(days=1)) == 0
    assert "Har du møtt Ali?" in OutboundMessage.objects.get(template_key="hours.no_hours_nudge").body
    HourEntry.objects.create(
        unit=unit, volunteer=volunteer, match=match, date=MONDAY.date() - datetime.timedelta(days=14), quarters=4
    )
    assert reminders.no_hours_nudges(unit, MONDAY) == 1


def test_no_hours_nudge_skips_recent_hours_paused_tidgivere_and_closed_matches(volunteer, unit):
    from volunteers.matching.models import MatchingProfile

    recent = _match(volunteer, "Ali", MONDAY.date() - datetime.timedelta(days=30))
    HourEntry.objects.create(
        unit=unit, volunteer=volunteer, match=recent, date=MONDAY.date() - datetime.timedelta(days=3), quarters=4
    )
    new = _match(volunteer, "Berit", MONDAY.date() - datetime.timedelta(days=13))
    assert reminders.no_hours_nudges(unit, MONDAY) == 0
    new.started_on = MONDAY.date() - datetime.timedelta(days=20)
    new.save()
    MatchingProfile.objects.create(unit=unit, volunteer=volunteer, paused=True)

    assert reminders.no_hours_nudges(unit, MONDAY) == 0
    assert OutboundMessage.objects.count() == 0


def test_digest_lists_tidgivere_without_hours_for_30_days(unit, coordinator, volunteer):
    _match(volunteer, "Ali", MONDAY.date() - datetime.timedelta(days=40))

    assert reminders.weekly_digests(unit, MONDAY) == 1
    body = OutboundMessage.objects.get(template_key="hours.coordinator_digest").body
    assert "- 1 Tidgiver i en aktiv match har ikke ført timer på 30 dager." in body


def test_digest_lists_unanswered_proposals_due_follow_ups_and_waiting_expenses(
    unit, coordinator, volunteer, other_unit
):
    from tests.volunteers.matching.conftest import make_proposal
    from volunteers.matching.enums import FollowUpWith
    from volunteers.matching.models import FollowUp

    participant = factories.make_participant(unit, display_name="Bo")
    make_proposal(participant, volunteer)
    make_proposal(factories.make_participant(unit, display_name="Cy"), volunteer, state="accepted")
    make_proposal(factories.make_participant(other_unit, display_name="Di"), volunteer)
    match = _match(volunteer, "Ali", MONDAY.date() - datetime.timedelta(days=5))
    FollowUp.objects.create(unit=unit, match=match, due_on=MONDAY.date())
    FollowUp.objects.create(unit=unit, match=match, due_on=MONDAY.date() + datetime.timedelta(days=1))
    FollowUp.objects.create(
        unit=unit,
        match=match,
        due_on=MONDAY.date() - datetime.timedelta(days=3),
        done_on=MONDAY.date(),
        with_whom=FollowUpWith.choices[0][0],
    )
    submit(volunteer, km=12, days_ago=1)
    submit(volunteer, days_ago=1)

    assert reminders.weekly_digests(unit, MONDAY) == 1
    body = OutboundMessage.objects.get(user=coordinator).body
    assert "- 1 matchforslag er ikke besvart ennå." in body
    assert "- 1 oppfølging er forfalt." in body
    assert "- 1 timeføring med utlegg venter på godkjenning." in body
