from .activities import ActivityKind
from .entries import HourEntry, HourEntryEvent
from .feeds import CalendarFeedToken
from .funder import FunderReport
from .meetings import Meeting
from .reminders import ReminderLedger, ReminderRule
from .settings import MileageRate, UnitHourSettings

__all__ = [
    "ActivityKind",
    "CalendarFeedToken",
    "FunderReport",
    "HourEntry",
    "HourEntryEvent",
    "Meeting",
    "MileageRate",
    "ReminderLedger",
    "ReminderRule",
    "UnitHourSettings",
]
