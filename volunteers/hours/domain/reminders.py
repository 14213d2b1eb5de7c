"""Reminders as data: each unit's rules (with defaults), sent at most once per subject and period (the ledger).

Messages go through notifications.send without ``urgent``, so quiet hours (21–08), each person's channel
preference and STOPP are respected there. Paused or ended Tidgivere get nothing.
"""

import datetime

from django.db import IntegrityError, transaction
from django.db.models import Exists, Max, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from notifications.api import send
from portal.org.models import Unit
from volunteers.enums import VolunteerStatus
from volunteers.matching.enums import MatchState
from volunteers.matching.models import Match
from volunteers.matching.models.profile import not_paused_q

from ..enums import DEFAULT_REMINDER_RULES, ReminderKind
from ..models import HourEntry, Meeting, ReminderLedger, ReminderRule
from . import digest, messages

K = ReminderKind


def rule_for(unit, kind):
    """(enabled, days) for the unit: its saved rule, or the default."""
    saved = ReminderRule.objects.filter(unit=unit, kind=kind).first()
    return (saved.enabled, saved.days) if saved else DEFAULT_REMINDER_RULES[kind]


def record_once(unit, kind, subject, period, user=None):
    """True the first time (and records it); False if this reminder was already sent for the period."""
    try:
        with transaction.atomic():
            ReminderLedger.objects.create(unit=unit, kind=kind, subject=subject, period=period, user=user)
    except IntegrityError:
        return False
    return True


def run_all(now=None):
    """The daily run (a django-q2 schedule): every rule of every unit. Returns how many reminders were queued."""
    now = now or timezone.now()
    sent = 0
    for unit in Unit.objects.all():
        sent += meeting_reminders(unit, now) + meeting_prompts(unit, now) + no_hours_nudges(unit, now)
        sent += weekly_digests(unit, now)
    return sent


def _active(volunteer):
    if volunteer.status != VolunteerStatus.ACTIVE:
        return False
    profile = getattr(volunteer, "matching_profile", None)
    return profile is None or not profile.is_paused_on()


def silent_matches(unit, day, days):
    """Active matches of active, unpaused Tidgivere with no hours for ``days`` days (since the last entry, or
    since the start when there is none). Annotated with ``quiet_since``: the date the silence began."""
    last_entry = (
        HourEntry.objects.filter(match=OuterRef("pk"))
        .order_by()
        .values("match")
        .annotate(last=Max("date"))
        .values("last")
    )
    cutoff = day - datetime.timedelta(days=days)
    return (
        Match.objects.filter(unit=unit, state=MatchState.ACTIVE, volunteer__status=VolunteerStatus.ACTIVE)
        .filter(Q(volunteer__matching_profile__isnull=True) | not_paused_q(day, "volunteer__matching_profile__"))
        .annotate(quiet_since=Coalesce(Subquery(last_entry), "started_on"))
        .filter(quiet_since__lte=cutoff)
        .select_related("volunteer__user", "participant", "unit")
    )


def no_hours_nudges(unit, now):
    """A friendly nudge after 14 days without hours in an active match: once per silence."""
    enabled, days = rule_for(unit, K.NO_HOURS_NUDGE)
    if not enabled:
        return 0
    sent = 0
    for match in silent_matches(unit, timezone.localdate(now), days):
        if record_once(
            unit, K.NO_HOURS_NUDGE, f"match:{match.pk}", match.quiet_since.isoformat(), match.volunteer.user
        ):
            messages.no_hours_nudge(match)
            sent += 1
    return sent


def meeting_reminders(unit, now):
    enabled, _days = rule_for(unit, K.MEETING_TOMORROW)
    if not enabled:
        return 0
    tomorrow = timezone.localdate(now) + datetime.timedelta(days=1)
    sent = 0
    meetings = Meeting.objects.filter(unit=unit, date=tomorrow, cancelled_at=None, volunteer__isnull=False)
    for meeting in meetings.select_related(
        "volunteer__user", "volunteer__matching_profile", "unit", "match__participant"
    ):
        if not _active(meeting.volunteer):
            continue
        if record_once(
            unit, K.MEETING_TOMORROW, f"meeting:{meeting.pk}", meeting.date.isoformat(), meeting.volunteer.user
        ):
            messages.meeting_reminder(meeting)
            sent += 1
    return sent


def meeting_prompts(unit, now):
    """After a meeting (today or yesterday) with no hours logged for that day: one prompt."""
    enabled, _days = rule_for(unit, K.MEETING_PROMPT)
    if not enabled:
        return 0
    today = timezone.localdate(now)
    logged = HourEntry.objects.filter(volunteer=OuterRef("volunteer"), date=OuterRef("date"))
    meetings = (
        Meeting.objects.filter(
            unit=unit, date__in=[today - datetime.timedelta(days=1), today], cancelled_at=None, volunteer__isnull=False
        )
        .annotate(logged=Exists(logged))
        .filter(logged=False)
        .select_related("volunteer__user", "volunteer__matching_profile", "unit", "match__participant")
    )
    sent = 0
    for meeting in meetings:
        if meeting.ends_at > now or not _active(meeting.volunteer):
            continue
        if record_once(unit, K.MEETING_PROMPT, f"meeting:{meeting.pk}", "after", meeting.volunteer.user):
            messages.meeting_prompt(meeting)
            sent += 1
    return sent


def weekly_digests(unit, now):
    """Monday morning: each coordinator of the unit gets a summary, unless nothing waits."""
    enabled, _days = rule_for(unit, K.WEEKLY_DIGEST)
    local = timezone.localtime(now)
    if not enabled or local.weekday() != 0:
        return 0
    year, week, _weekday = local.isocalendar()
    sent = 0
    for coordinator in digest.coordinators_of(unit):
        lines = digest.lines_for(unit, now)
        if not lines:
            continue
        if record_once(unit, K.WEEKLY_DIGEST, f"user:{coordinator.pk}", f"{year}-W{week:02d}", coordinator):
            send(
                coordinator, messages.COORDINATOR_DIGEST, {"oversikt": "\n".join(lines)}, channels=("email",), unit=unit
            )
            sent += 1
    return sent
