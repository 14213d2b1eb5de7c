"""Weekly availability as slots (weekday × morning / afternoon / evening), shared by the Tidgiver's matching
profile and the participant's practical wishes: both store one row per slot (`WeeklySlot`).

The form field that edits them (a 7 × 3 grid of toggles) is in `week_grid`.
"""

from .enums import DayPart, TimeOfDay, Weekday

SEPARATOR = ":"


def slot_key(weekday, day_part):
    return f"{weekday}{SEPARATOR}{day_part}"


def parse_slot_key(key):
    weekday, _sep, day_part = key.partition(SEPARATOR)
    return Weekday(weekday), DayPart(day_part)


WORKDAYS = (Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY, Weekday.FRIDAY)
DAY_ORDER = {day: index for index, day in enumerate(Weekday)}
PART_ORDER = {part: index for index, part in enumerate(DayPart)}

SLOT_CHOICES = [(slot_key(day, part), f"{day.label} {part.label.lower()}") for day in Weekday for part in DayPart]


def slot_keys(slots):
    """The field's value for stored rows (anything with `weekday` and `day_part`)."""
    return [slot_key(slot.weekday, slot.day_part) for slot in slots]


def slots_from_application(available_days, available_times):
    """Best-effort slots from the application's rough availability (days, and daytime / evening / weekend).

    Daytime is morning and afternoon. Days without a time of day mean any time those days; times without days
    mean those times Monday to Friday; "weekend" adds Saturday and Sunday (at the times given, or any time).
    """
    days = {Weekday(day) for day in available_days or [] if day in Weekday.values}
    times = {TimeOfDay(time) for time in available_times or [] if time in TimeOfDay.values}
    parts = set()
    if TimeOfDay.DAYTIME in times:
        parts |= {DayPart.MORNING, DayPart.AFTERNOON}
    if TimeOfDay.EVENING in times:
        parts.add(DayPart.EVENING)
    if not days and parts:
        days = set(WORKDAYS)
    if TimeOfDay.WEEKEND in times:
        days |= {Weekday.SATURDAY, Weekday.SUNDAY}
    slots = {(day, part) for day in days for part in (parts or set(DayPart))}
    return sorted(slots, key=lambda slot: (DAY_ORDER[slot[0]], PART_ORDER[slot[1]]))
