"""A small bar chart as server-rendered SVG (no JavaScript, no CDN): hours per month, stacked by measure."""

from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from ..enums import Measure

WIDTH, HEIGHT, LEFT, BOTTOM, TOP = 640, 240, 40, 30, 10
COLOURS = {"activity": "#1f5fa8", "follow_up": "#e2a400", "network": "#2e8b57", "": "#9aa5b1"}
ORDER = ["activity", "follow_up", "network", ""]


def hours_chart(rows, title):
    """``rows``: dicts with month, measure, hours (as from reports.monthly_totals)."""
    months = sorted({row["month"] for row in rows})
    if not months:
        return ""
    by_month = {month: {} for month in months}
    for row in rows:
        by_month[row["month"]][row["measure"]] = row["hours"]
    peak = max(sum(values.values()) for values in by_month.values()) or 1
    slot = (WIDTH - LEFT) / len(months)
    plot = HEIGHT - BOTTOM - TOP
    bars, labels = [], []
    for index, month in enumerate(months):
        x = LEFT + index * slot + slot * 0.15
        y = HEIGHT - BOTTOM
        for measure in ORDER:
            hours = by_month[month].get(measure, 0)
            if not hours:
                continue
            height = plot * hours / peak
            y -= height
            bars.append((_n(x), _n(y), _n(slot * 0.7), _n(height), COLOURS[measure], _label(measure), f"{hours:g}"))
        labels.append((_n(LEFT + index * slot + slot / 2), HEIGHT - BOTTOM + 16, date_format(month, "M y")))
    rects = format_html_join(
        "",
        '<rect x="{}" y="{}" width="{}" height="{}" fill="{}"><title>{}: {} t</title></rect>',
        bars,
    )
    texts = format_html_join("", '<text x="{}" y="{}" text-anchor="middle" font-size="11">{}</text>', labels)
    axis = format_html(
        '<text x="4" y="{}" font-size="11">{}</text><line x1="{}" y1="{}" x2="{}" y2="{}" stroke="#555"/>',
        TOP + 10,
        f"{peak:g} t",
        LEFT,
        HEIGHT - BOTTOM,
        WIDTH,
        HEIGHT - BOTTOM,
    )
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {} {}" role="img" aria-label="{}" class="hours-chart">'
        "<title>{}</title>{}{}{}</svg>",
        WIDTH,
        HEIGHT,
        title,
        title,
        axis,
        rects,
        texts,
    )


def _n(number):
    return f"{number:.1f}"


def legend():
    items = [(COLOURS[measure], _label(measure)) for measure in ORDER]
    return format_html_join(
        mark_safe(" "), '<span class="legend-item"><span style="background:{}"></span>{}</span>', items
    )


def _label(measure):
    from django.utils.translation import gettext

    return Measure(measure).label if measure else gettext("Not given")
