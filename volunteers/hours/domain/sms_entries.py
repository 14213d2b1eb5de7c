"""Hours by SMS: TIMER stores an entry for the sender's active match, ANGRE undoes the last one within an hour.

The functions return the reply text (in the person's language); the SMS handlers in ``sms.py`` only pass
the message on.
"""

import datetime

from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from notifications.api import preferred_language
from volunteers.matching.enums import MatchState
from volunteers.matching.models import Match

from ..enums import EDITABLE_STATES, EntrySource
from ..models import HourEntry
from . import entries
from .errors import HoursError
from .timer_syntax import TimerSyntaxError, format_hours, parse

UNDO_WITHIN = datetime.timedelta(hours=1)


def help_text():
    return _("To log hours, reply for example TIMER 2,5 or TIMER 1:30 i går.")


def unknown_number_text():
    return _("We do not recognise your number. Log in on My page to log hours.")


def _day_text(day, today):
    if day == today:
        return _("today")
    if day == today - datetime.timedelta(days=1):
        return _("yesterday")
    return _("on %(date)s") % {"date": f"{day.day}.{day.month}."}


def _matches_of(user):
    """The person's active matches over all their Tidgiver profiles, numbered as the reply lists them: one query,
    with what the entry and the reply need (the match's Tidgiver profile and unit, the participant)."""
    return list(
        Match.objects.filter(volunteer__user=user, state=MatchState.ACTIVE)
        .select_related("participant", "volunteer__unit", "volunteer__user")
        .order_by("volunteer_id", "started_on", "pk")
    )


def timer(user, body, message_sid, now=None):
    """Handle ``TIMER ...`` from ``user`` (None for an unknown number). Returns the reply."""
    if user is None:
        return unknown_number_text()
    with translation.override(preferred_language(user)):
        return _timer(user, body, message_sid, timezone.localdate(now))


def _timer(user, body, message_sid, today):
    existing = HourEntry.objects.filter(message_sid=message_sid).select_related("match__participant").first()
    if existing is not None:  # the same SMS twice: one entry, the same answer
        return _stored_text(existing, today)
    try:
        command = parse(body, today)
    except TimerSyntaxError:
        return help_text()
    matches = _matches_of(user)
    if not matches:
        return _("You have no active match. Log hours for other activities on My page.")
    if (command.match_number is None and len(matches) > 1) or (command.match_number or 1) > len(matches):
        return _choose_text(command, matches)
    match = matches[(command.match_number or 1) - 1]
    try:
        entry = entries.submit(
            match.volunteer,
            actor=user,
            source=EntrySource.SMS,
            message_sid=message_sid,
            match=match,
            date=command.day,
            quarters=command.quarters,
            measure=command.measure,
            note=command.note[:500],
        )
    except HoursError as error:
        return str(error)
    return _stored_text(entry, today)


def _stored_text(entry, today):
    return _("Registered %(hours)s hours %(day)s with %(name)s. Reply ANGRE within an hour to delete.") % {
        "hours": format_hours(entry.quarters),
        "day": _day_text(entry.date, today),
        "name": entry.match.participant.display_name if entry.match_id else entry.target_label,
    }


def _choose_text(command, matches):
    hours = format_hours(command.quarters)
    options = [
        _("TIMER %(hours)s %(number)s for %(name)s")
        % {"hours": hours, "number": number, "name": m.participant.display_name}
        for number, m in enumerate(matches, start=1)
    ]
    return _("Reply %(options)s") % {"options": ", ".join(options)}


@transaction.atomic
def undo(user, now=None):
    """Handle ``ANGRE``: delete the sender's last SMS entry from the last hour, if it can still be changed."""
    if user is None:
        return unknown_number_text()
    now = now or timezone.now()
    with translation.override(preferred_language(user)):
        entry = (
            HourEntry.objects.filter(volunteer__user=user, source=EntrySource.SMS, created_at__gte=now - UNDO_WITHIN)
            .select_related("match__participant")
            .order_by("-created_at", "-pk")
            .first()
        )
        if entry is None:
            return _("There are no hours from SMS in the last hour to delete.")
        if entry.state not in EDITABLE_STATES:
            return _("Those hours are already approved. Ask your coordinator if something is wrong.")
        reply = _("Deleted %(hours)s hours %(day)s with %(name)s.") % {
            "hours": format_hours(entry.quarters),
            "day": _day_text(entry.date, timezone.localdate(now)),
            "name": entry.target_label,
        }
        entries.delete(entry, actor=user)
        return reply
