"""The funder report as rows under its headings, shared by the page, the XLSX and the PDF."""

import io

from django.http import HttpResponse
from django.utils.formats import date_format, number_format
from django.utils.translation import gettext as _

from volunteers.matching.enums import ClosureReason

from ..enums import ActivityCategory, LifeArea, Measure
from ..models.funder import TEXT_FIELDS
from .tables import xlsx_response


def _n(value, decimals=None):
    if value is None:
        return "–"
    return number_format(value, decimal_pos=decimals) if decimals is not None else number_format(value)


def _percent(value):
    return "–" if value is None else f"{number_format(value, decimal_pos=1)} %"


def _target(figures):
    return " / ".join(f"{target} %" for target in figures.goal_target_percent) or "–"


def sections(figures, texts=None):
    """[(key, heading, [(label, value), ...], text), ...] in the order of the funder's final-report form."""
    texts = texts or {}
    activity = [
        (_("Hours with a match or at activities (approved)"), _n(figures.total_hours, 2)),
        *[(Measure(key).label, _n(value, 2)) for key, value in figures.hours_by_measure.items() if key],
        (_("Hours without a measure given"), _n(figures.hours_by_measure.get("", 0), 2)),
        *[(LifeArea(key).label, _n(value, 2)) for key, value in figures.hours_by_life_area.items() if key],
        (_("Meetings held (matches)"), _n(figures.meetings_held)),
        *[
            (_("%(kind)s (events)") % {"kind": ActivityCategory(key).label}, _n(value))
            for key, value in figures.events_by_category.items()
        ],
    ]
    goals = [
        (_("Participants with scored main goals"), _n(figures.participants_with_goals)),
        (_("Participants who reached their main goals"), _n(figures.participants_reaching_goals)),
        (_("Goals reached"), _percent(figures.goals_reached_percent)),
        (_("Target"), _target(figures)),
        (_("Life satisfaction at the start (mean, 0–10)"), _n(figures.life_satisfaction_start, 1)),
        (_("Life satisfaction now (mean, 0–10)"), _n(figures.life_satisfaction_latest, 1)),
        (_("Change in life satisfaction"), _n(figures.life_satisfaction_change, 1)),
    ]
    target_group = [
        (_("Participants reached"), _n(figures.participants_reached)),
        (_("Participants with Tidgiver contact"), _n(figures.participants_with_tidgiver)),
        (_("Matches started"), _n(figures.matches_started)),
        (_("Matches ended"), _n(figures.matches_ended)),
        (_("Median match length (days)"), _n(figures.median_match_days, 0)),
        *[
            (_("Ended: %(reason)s") % {"reason": ClosureReason(key).label}, _n(value))
            for key, value in figures.closure_reasons.items()
        ],
    ]
    effort = [
        (_("Tidgivere engaged (approved hours)"), _n(figures.tidgivere_engaged)),
        (_("Volunteer hours"), _n(figures.total_hours, 2)),
    ]
    headings = {
        "activities": (_("Activities"), activity),
        "goal_attainment": (_("Goal attainment"), goals),
        "target_group": (_("Target group"), target_group),
        "volunteer_effort": (_("Volunteer effort"), effort),
        "user_involvement": (_("User involvement"), []),
        "use_of_funds": (_("Use of funds"), []),
    }
    return [(key, *headings[key], texts.get(key, "")) for key in TEXT_FIELDS]


def title(units, period):
    names = ", ".join(unit.name for unit in units)
    return _("Report to the funder: %(units)s, %(start)s–%(end)s") % {
        "units": names,
        "start": date_format(period.start, "SHORT_DATE_FORMAT"),
        "end": date_format(period.end, "SHORT_DATE_FORMAT"),
    }


def xlsx(units, period, figures, texts):
    rows = []
    for _key, heading, figure_rows, text in sections(figures, texts):
        rows.append([str(heading), ""])
        rows.extend([str(label), value] for label, value in figure_rows)
        if text:
            rows.append([_("Text"), text])
    return xlsx_response([(_("Funder report"), [title(units, period), ""], rows)], "rapport")


def pdf(units, period, figures, texts):
    from xml.sax.saxutils import escape

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    buffer = io.BytesIO()
    styles = getSampleStyleSheet()
    story = [Paragraph(escape(title(units, period)), styles["Title"])]
    for _key, heading, figure_rows, text in sections(figures, texts):
        story.append(Paragraph(escape(str(heading)), styles["Heading2"]))
        if figure_rows:
            table = Table([[str(label), str(value)] for label, value in figure_rows], colWidths=[11 * cm, 4 * cm])
            table.setStyle(
                TableStyle([("GRID", (0, 0), (-1, -1), 0.25, colors.grey), ("ALIGN", (1, 0), (1, -1), "RIGHT")])
            )
            story.append(table)
        if text:
            story.append(Spacer(1, 6))
            story.extend(Paragraph(escape(part), styles["BodyText"]) for part in text.split("\n") if part.strip())
    SimpleDocTemplate(buffer, pagesize=A4, title=str(title(units, period))).build(story)
    response = HttpResponse(buffer.getvalue(), content_type="application/pdf")
    response["Content-Disposition"] = 'attachment; filename="rapport.pdf"'
    return response
