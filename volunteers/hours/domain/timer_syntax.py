"""The TIMER SMS grammar, as a pure function: text and today's date in, a parsed command or an error out.

    TIMER <duration> [i går | i forgårs | i dag | <d.m[.yyyy]>] [<measure word>] [<words …>] [<match number>]

Durations: ``2,5`` / ``2.5`` (hours), ``2t30`` / ``2 t`` / ``2 timer`` (hours and minutes), ``1:30``,
``150 min``. They are rounded to the nearest quarter hour (7.5 minutes and more round up) and must lie
between a quarter of an hour and 12 hours. The parts after the duration may come in any order; words that
are not a date, a measure or the last plain number are kept as a short note (``TIMER 2,5 kino``).
"""

import datetime
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

KEYWORD = "TIMER"
MIN_QUARTERS = 1
MAX_QUARTERS = 48
MAX_MATCH_NUMBER = 99

# Measure words (lower case, without diacritics folded away: "oppfolging" is also accepted).
MEASURE_WORDS = {
    "aktivitet": "activity",
    "aktiviteter": "activity",
    "akt": "activity",
    "oppfølging": "follow_up",
    "oppfolging": "follow_up",
    "oppf": "follow_up",
    "nettverk": "network",
}
_RELATIVE_DAYS = {("i", "dag"): 0, ("idag",): 0, ("i", "går"): 1, ("igår",): 1, ("i", "gaar"): 1, ("igaar",): 1}
_RELATIVE_DAYS |= {("i", "forgårs"): 2, ("iforgårs",): 2}

_NUMBER = r"\d{1,4}(?:[.,]\d{1,4})?|[.,]\d{1,4}"
_HOURS_WORD = r"t|tim|time|timer|h"
_MINUTES_WORD = r"m|min|mins|minutt|minutter"
_DURATION = re.compile(
    rf"""^\s*(?:
        (?P<clock_h>\d{{1,2}}):(?P<clock_m>\d{{2}})
      | (?P<h>\d{{1,2}})\s*(?:{_HOURS_WORD})\s*(?P<hm>\d{{1,2}})\s*(?:{_MINUTES_WORD})?
      | (?P<minutes>\d{{1,4}})\s*(?:{_MINUTES_WORD})
      | (?P<decimal>{_NUMBER})\s*(?:{_HOURS_WORD})?
    )(?=\s|$)""",
    re.VERBOSE | re.IGNORECASE,
)
_DATE = re.compile(r"^(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.?(?:(?P<year>\d{2}|\d{4}))?$")
_PLAIN_NUMBER = re.compile(r"^\d{1,2}$")


class TimerSyntaxError(ValueError):
    """Why a TIMER message could not be read. ``code`` is one of the constants below."""

    NOT_TIMER = "not_timer"
    NO_DURATION = "no_duration"
    OUT_OF_RANGE = "out_of_range"
    BAD_DATE = "bad_date"
    FUTURE_DATE = "future_date"

    def __init__(self, code):
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class TimerCommand:
    quarters: int
    day: datetime.date
    measure: str = ""
    match_number: int | None = None
    note: str = ""

    @property
    def hours(self):
        return Decimal(self.quarters) / 4


def parse(text, today):
    """Read ``text`` (the whole SMS) as a TIMER command for ``today``. Raises TimerSyntaxError."""
    body = " ".join((text or "").split())
    keyword, _, rest = body.partition(" ")
    if keyword.upper() != KEYWORD:
        raise TimerSyntaxError(TimerSyntaxError.NOT_TIMER)
    quarters, rest = _duration(rest)
    words = rest.split()
    day, words = _day(words, today)
    measure, words = _measure(words)
    match_number, words = _match_number(words)
    return TimerCommand(quarters=quarters, day=day, measure=measure, match_number=match_number, note=" ".join(words))


def _duration(text):
    found = _DURATION.match(text)
    if not found:
        raise TimerSyntaxError(TimerSyntaxError.NO_DURATION)
    minutes = _minutes(found)
    quarters = int((minutes / 15).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    if not MIN_QUARTERS <= quarters <= MAX_QUARTERS:
        raise TimerSyntaxError(TimerSyntaxError.OUT_OF_RANGE)
    return quarters, text[found.end() :]


def _minutes(found):
    if found["clock_h"] is not None:
        if int(found["clock_m"]) >= 60:
            raise TimerSyntaxError(TimerSyntaxError.NO_DURATION)
        return Decimal(int(found["clock_h"]) * 60 + int(found["clock_m"]))
    if found["h"] is not None:
        if int(found["hm"]) >= 60:
            raise TimerSyntaxError(TimerSyntaxError.NO_DURATION)
        return Decimal(int(found["h"]) * 60 + int(found["hm"]))
    if found["minutes"] is not None:
        return Decimal(found["minutes"])
    try:
        return Decimal(found["decimal"].replace(",", ".")) * 60
    except InvalidOperation:  # pragma: no cover - the pattern only lets numbers through
        raise TimerSyntaxError(TimerSyntaxError.NO_DURATION) from None


def _day(words, today):
    lowered = [word.lower() for word in words]
    for index in range(len(words)):
        for phrase, days_back in _RELATIVE_DAYS.items():
            if tuple(lowered[index : index + len(phrase)]) == phrase:
                return today - datetime.timedelta(days=days_back), words[:index] + words[index + len(phrase) :]
        found = _DATE.match(words[index])
        if found:
            return _date_from(found, today), words[:index] + words[index + 1 :]
    return today, words


def _date_from(found, today):
    day, month, year = int(found["day"]), int(found["month"]), found["year"]
    try:
        if year is None:
            candidate = datetime.date(today.year, month, day)
            # "12.3" means the last 12 March, which in January is last year's.
            return candidate if candidate <= today else datetime.date(today.year - 1, month, day)
        full_year = int(year) + 2000 if len(year) == 2 else int(year)
        candidate = datetime.date(full_year, month, day)
    except ValueError:
        raise TimerSyntaxError(TimerSyntaxError.BAD_DATE) from None
    if candidate > today:
        raise TimerSyntaxError(TimerSyntaxError.FUTURE_DATE)
    return candidate


def _measure(words):
    for index, word in enumerate(words):
        measure = MEASURE_WORDS.get(word.lower())
        if measure:
            return measure, words[:index] + words[index + 1 :]
    return "", words


def _match_number(words):
    if words and _PLAIN_NUMBER.match(words[-1]):
        number = int(words[-1])
        if 1 <= number <= MAX_MATCH_NUMBER:
            return number, words[:-1]
    return None, words


def format_hours(quarters):
    """Hours the Norwegian way, as the replies say them: 2,5 · 1,75 · 3."""
    whole, quarter = divmod(quarters, 4)
    return f"{whole},{quarter * 25:02d}".rstrip("0").rstrip(",") if quarter else str(whole)
