from .activities import ActivityKind
from .entries import HourEntry, HourEntryEvent
from .feeds import CalendarFeedToken
from .meetings import Meeting
from .settings import MileageRate, UnitHourSettings

__all__ = [
    "ActivityKind",
    "CalendarFeedToken",
    "HourEntry",
    "HourEntryEvent",
    "Meeting",
    "MileageRate",
    "UnitHourSettings",
]
