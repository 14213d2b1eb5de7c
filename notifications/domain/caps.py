"""A unit's monthly SMS budget, counted in segments: a 4-segment message to 100 people uses 400.

Urgent messages (log-in codes, replies to STOPP) are exempt: never refused, and not counted either, so
people logging in cannot use up a unit's budget for group messages.
"""

import datetime
from dataclasses import dataclass

from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from ..enums import Channel, Status
from ..exceptions import SmsCapReached
from .quiet_hours import OSLO


@dataclass(frozen=True)
class CapState:
    limit: int | None  # None: the unit has no cap
    used: int

    @property
    def left(self):
        return None if self.limit is None else max(self.limit - self.used, 0)


def month_start(moment=None):
    local = (moment or timezone.now()).astimezone(OSLO)
    return datetime.datetime(local.year, local.month, 1, tzinfo=OSLO)


def sms_used_this_month(unit):
    from ..models import OutboundMessage

    rows = OutboundMessage.objects.filter(unit=unit, channel=Channel.SMS, urgent=False, created_at__gte=month_start())
    return rows.exclude(status=Status.SKIPPED).aggregate(used=Sum("segments"))["used"] or 0


def cap_state(unit, *, lock=False):
    """With ``lock``, the cap row is locked so two group messages at once cannot both squeeze in."""
    from ..models import UnitSmsCap

    caps = UnitSmsCap.objects.filter(unit=unit)
    cap = (caps.select_for_update() if lock else caps).first()
    return CapState(limit=cap.monthly_limit if cap else None, used=sms_used_this_month(unit))


def check_cap(unit, planned_segments):
    state = cap_state(unit, lock=True)
    if state.limit is not None and planned_segments > state.left:
        raise SmsCapReached(
            _(
                "%(unit)s has used %(used)s of its %(limit)s SMS this month (a long message counts as several). "
                "This message needs %(planned)s SMS, but only %(left)s are left. "
                "Shorten the text, send to fewer people, send by e-mail, or ask an administrator to raise the cap."
            )
            % {
                "unit": unit.name,
                "used": state.used,
                "limit": state.limit,
                "planned": planned_segments,
                "left": state.left,
            }
        )
    return state
