"""The TIMER SMS grammar: exact values for the formats the issue names, hypothesis for the number forms."""

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from volunteers.hours.domain.timer_syntax import TimerCommand, TimerSyntaxError, format_hours, parse

TODAY = datetime.date(2026, 12, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TIMER 2,5", TimerCommand(quarters=10, day=TODAY)),
        ("TIMER 2.5 kino", TimerCommand(quarters=10, day=TODAY, note="kino")),
        ("TIMER 2t30", TimerCommand(quarters=10, day=TODAY)),
        ("TIMER 1:30", TimerCommand(quarters=6, day=TODAY)),
        ("TIMER 150 min", TimerCommand(quarters=10, day=TODAY)),
        ("timer 150min", TimerCommand(quarters=10, day=TODAY)),
        ("Timer 2 timer", TimerCommand(quarters=8, day=TODAY)),
        ("TIMER 2t", TimerCommand(quarters=8, day=TODAY)),
        ("TIMER 1 t 15 min", TimerCommand(quarters=5, day=TODAY)),
        ("TIMER 0,25", TimerCommand(quarters=1, day=TODAY)),
        ("TIMER ,75", TimerCommand(quarters=3, day=TODAY)),
        ("TIMER 12", TimerCommand(quarters=48, day=TODAY)),
        ("TIMER 2,5 i går", TimerCommand(quarters=10, day=datetime.date(2026, 11, 30))),
        ("TIMER 2,5 I GÅR", TimerCommand(quarters=10, day=datetime.date(2026, 11, 30))),
        ("TIMER 2,5 igår", TimerCommand(quarters=10, day=datetime.date(2026, 11, 30))),
        ("TIMER 2 i forgårs", TimerCommand(quarters=8, day=datetime.date(2026, 11, 29))),
        ("TIMER 2 i dag", TimerCommand(quarters=8, day=TODAY)),
        ("TIMER 2,5 12.3", TimerCommand(quarters=10, day=datetime.date(2026, 3, 12))),
        ("TIMER 2,5 12.3.", TimerCommand(quarters=10, day=datetime.date(2026, 3, 12))),
        ("TIMER 2,5 24.12", TimerCommand(quarters=10, day=datetime.date(2025, 12, 24))),
        ("TIMER 2,5 1.12", TimerCommand(quarters=10, day=TODAY)),
        ("TIMER 2,5 12.3.2025", TimerCommand(quarters=10, day=datetime.date(2025, 3, 12))),
        ("TIMER 2,5 12.3.25", TimerCommand(quarters=10, day=datetime.date(2025, 3, 12))),
        ("TIMER 2,5 oppfølging", TimerCommand(quarters=10, day=TODAY, measure="follow_up")),
        ("TIMER 2,5 Nettverk", TimerCommand(quarters=10, day=TODAY, measure="network")),
        ("TIMER 2 aktivitet kino", TimerCommand(quarters=8, day=TODAY, measure="activity", note="kino")),
        ("TIMER 2,5 1", TimerCommand(quarters=10, day=TODAY, match_number=1)),
        ("TIMER 2,5 kino 2", TimerCommand(quarters=10, day=TODAY, note="kino", match_number=2)),
        (
            "TIMER 1:30 i går nettverk kor 3",
            TimerCommand(quarters=6, day=datetime.date(2026, 11, 30), measure="network", note="kor", match_number=3),
        ),
        ("  TIMER   2,5  ", TimerCommand(quarters=10, day=TODAY)),
        # Rounded to the nearest quarter: 7.5 minutes and more round up.
        ("TIMER 50 min", TimerCommand(quarters=3, day=TODAY)),
        ("TIMER 52 min", TimerCommand(quarters=3, day=TODAY)),
        ("TIMER 53 min", TimerCommand(quarters=4, day=TODAY)),
        ("TIMER 1,1", TimerCommand(quarters=4, day=TODAY)),
    ],
)
def test_parse_reads_each_format(text, expected):
    assert parse(text, TODAY) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("TIMER", TimerSyntaxError.NO_DURATION),
        ("TIMER kino", TimerSyntaxError.NO_DURATION),
        ("TIMER to timer", TimerSyntaxError.NO_DURATION),
        ("TIMER 2x", TimerSyntaxError.NO_DURATION),
        ("TIMER 1:75", TimerSyntaxError.NO_DURATION),
        ("TIMER 2t75", TimerSyntaxError.NO_DURATION),
        ("TIMER -2", TimerSyntaxError.NO_DURATION),
        ("TIMER 0", TimerSyntaxError.OUT_OF_RANGE),
        ("TIMER 5 min", TimerSyntaxError.OUT_OF_RANGE),
        ("TIMER 13", TimerSyntaxError.OUT_OF_RANGE),
        ("TIMER 12,25", TimerSyntaxError.OUT_OF_RANGE),
        ("TIMER 800 min", TimerSyntaxError.OUT_OF_RANGE),
        ("TIMER 2 31.2", TimerSyntaxError.BAD_DATE),
        ("TIMER 2 12.13", TimerSyntaxError.BAD_DATE),
        ("TIMER 2 2.1.2027", TimerSyntaxError.FUTURE_DATE),
        ("TIMERE 2", TimerSyntaxError.NOT_TIMER),
        ("JA 2", TimerSyntaxError.NOT_TIMER),
        ("", TimerSyntaxError.NOT_TIMER),
    ],
)
def test_parse_refuses_with_a_reason(text, code):
    with pytest.raises(TimerSyntaxError) as raised:
        parse(text, TODAY)

    assert raised.value.code == code


@pytest.mark.parametrize(
    ("quarters", "expected"), [(1, "0,25"), (2, "0,5"), (3, "0,75"), (4, "1"), (10, "2,5"), (7, "1,75"), (48, "12")]
)
def test_format_hours_writes_norwegian_decimals(quarters, expected):
    assert format_hours(quarters) == expected


quarters = st.integers(min_value=1, max_value=48)


def _decimal(q, separator):
    return format_hours(q).replace(",", separator)


def _clock(q):
    return f"{q // 4}:{q % 4 * 15:02d}"


def _hours_minutes(q):
    return f"{q // 4}t{q % 4 * 15}" if q % 4 else f"{q // 4}t"


def _minutes(q):
    return f"{q * 15} min"


@given(
    q=quarters,
    style=st.sampled_from(["comma", "dot", "clock", "tm", "min"]),
    keyword=st.sampled_from(["TIMER", "timer", "Timer"]),
)
def test_parse_reads_back_every_quarter_in_every_style(q, style, keyword):
    written = {
        "comma": _decimal(q, ","),
        "dot": _decimal(q, "."),
        "clock": _clock(q),
        "tm": _hours_minutes(q),
        "min": _minutes(q),
    }[style]

    assert parse(f"{keyword} {written}", TODAY).quarters == q


@given(minutes=st.integers(min_value=8, max_value=727))
def test_parse_rounds_minutes_to_the_nearest_quarter(minutes):
    expected = (2 * minutes + 15) // 30

    assert parse(f"TIMER {minutes} min", TODAY).quarters == expected


@given(
    q=quarters,
    days_back=st.integers(min_value=0, max_value=360),
    number=st.one_of(st.none(), st.integers(min_value=1, max_value=99)),
)
def test_parse_keeps_date_and_match_number_apart_from_the_duration(q, days_back, number):
    day = TODAY - datetime.timedelta(days=days_back)
    text = f"TIMER {_decimal(q, ',')} {day.day}.{day.month}" + (f" {number}" if number else "")

    assert parse(text, TODAY) == TimerCommand(quarters=q, day=day, match_number=number)


@given(text=st.text(max_size=60))
def test_parse_either_reads_or_raises_its_own_error(text):
    try:
        command = parse("TIMER " + text, TODAY)
    except TimerSyntaxError as error:
        assert error.code in {"no_duration", "out_of_range", "bad_date", "future_date"}
    else:
        assert 1 <= command.quarters <= 48
        assert command.day <= TODAY
