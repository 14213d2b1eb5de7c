from .activities import ActivityKind
from .entries import HourEntry, HourEntryEvent
from .feeds import CalendarFeedToken
from .meetings import Meeting
from .reminders import ReminderLedger, ReminderRule
from .settings import MileageRate, UnitHourSettings

__all__ = [
    "ActivityKind",
    "CalendarFeedToken",
    "HourEntry",
    "HourEntryEvent",
    "Meeting",
    "MileageRate",
    "ReminderLedger",
    "ReminderRule",
    "UnitHourSettings",
]
