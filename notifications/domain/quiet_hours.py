"""No non-urgent SMS between 21:00 and 08:00 Oslo time; they wait for the morning."""

import datetime
from zoneinfo import ZoneInfo

from django.utils import timezone

OSLO = ZoneInfo("Europe/Oslo")
QUIET_FROM = datetime.time(21, 0)
QUIET_UNTIL = datetime.time(8, 0)


def is_quiet(moment):
    local = moment.astimezone(OSLO).time()
    return local >= QUIET_FROM or local < QUIET_UNTIL


def next_send_time(moment=None):
    """``moment`` itself outside quiet hours, else the coming 08:00 in Oslo."""
    moment = moment or timezone.now()
    if not is_quiet(moment):
        return moment
    local = moment.astimezone(OSLO)
    day = local.date() if local.time() < QUIET_UNTIL else local.date() + datetime.timedelta(days=1)
    return datetime.datetime.combine(day, QUIET_UNTIL, tzinfo=OSLO)
