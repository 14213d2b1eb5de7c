"""SMS segment counting. GSM-7 covers æøåÆØÅ; any other character makes the whole text UCS-2.

Mirrors static/notifications/js/segments.js (the live counter in the template editor).
"""

from dataclasses import dataclass

GSM7_BASIC = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM7_EXTENDED = set("^{}\\[~]|€\f")

GSM7_SINGLE, GSM7_MULTI = 160, 153
UCS2_SINGLE, UCS2_MULTI = 70, 67
WARN_ABOVE_SEGMENTS = 3


@dataclass(frozen=True)
class SegmentCount:
    encoding: str  # "GSM-7" or "UCS-2"
    units: int  # septets for GSM-7, UTF-16 code units for UCS-2
    segments: int

    @property
    def too_long(self):
        return self.segments > WARN_ABOVE_SEGMENTS


def is_gsm7(text):
    return all(char in GSM7_BASIC or char in GSM7_EXTENDED for char in text)


def count_segments(text):
    if is_gsm7(text):
        units = sum(2 if char in GSM7_EXTENDED else 1 for char in text)
        return SegmentCount("GSM-7", units, _segments(units, GSM7_SINGLE, GSM7_MULTI))
    units = len(text.encode("utf-16-le")) // 2
    return SegmentCount("UCS-2", units, _segments(units, UCS2_SINGLE, UCS2_MULTI))


def _segments(units, single, multi):
    if units == 0:
        return 0
    if units <= single:
        return 1
    return -(-units // multi)
