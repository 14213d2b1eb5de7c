import pytest

from notifications.api import sms_segments
from notifications.domain.segments import count_segments


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", (0, "GSM-7")),
        ("Hei på deg, Åse! Blåbærsyltetøy i Ærøskøbing.", (1, "GSM-7")),
        ("æøå" * 53 + "a", (1, "GSM-7")),  # 160 septets
        ("æøå" * 53 + "ab", (2, "GSM-7")),  # 161 septets
        ("a" * 306, (2, "GSM-7")),
        ("a" * 307, (3, "GSM-7")),
        ("€" * 80, (1, "GSM-7")),  # the euro sign is an escape: two septets
        ("€" * 81, (2, "GSM-7")),
        ("Hei 👋", (1, "UCS-2")),
        ("ä" * 160, (1, "GSM-7")),
        ("ł" * 70, (1, "UCS-2")),
        ("ł" * 71, (2, "UCS-2")),
        ("ł" * 134, (2, "UCS-2")),
        ("ł" * 135, (3, "UCS-2")),
        ("👋" * 35, (1, "UCS-2")),  # each emoji is two UTF-16 units
        ("👋" * 36, (2, "UCS-2")),
    ],
)
def test_sms_segments_gsm7_and_ucs2(text, expected):
    assert sms_segments(text) == expected


def test_segment_count_warns_past_three_segments():
    assert (count_segments("a" * 459).too_long, count_segments("a" * 460).too_long) == (False, True)


def test_one_non_gsm_character_makes_the_whole_text_ucs2():
    assert count_segments("Blåbær " * 20 + "“sitat”").encoding == "UCS-2"
