"""The messages the hours app sends, registered with notifications from HoursConfig.ready().

Norwegian first; staff can change the wording in Wagtail. `{fornavn}`, `{enhet}` and `{lenke}` are filled in
by notifications; the others come from the context given to `send`.
"""

from django.utils.translation import gettext_lazy as _

from notifications.api import register_template, send

from .timer_syntax import format_hours

ENTRY_RETURNED = "hours.entry_returned"
MEETING_REMINDER = "hours.meeting_reminder"
MEETING_PROMPT = "hours.meeting_prompt"
NO_HOURS_NUDGE = "hours.no_hours_nudge"
COORDINATOR_DIGEST = "hours.coordinator_digest"

TEMPLATES = {
    ENTRY_RETURNED: {
        "description": _("To the Tidgiver when a coordinator sends an hour entry back with a comment."),
        "sms": {
            "nb": "Hei {fornavn}! Timene dine {dato} ({timer} t) er sendt tilbake: {kommentar} Endre dem på Min side: "
            "{lenke}",
            "en": "Hi {fornavn}! Your hours on {dato} ({timer} h) were sent back: {kommentar} Change them on My page: "
            "{lenke}",
        },
        "email_subject": {"nb": "Timene dine er sendt tilbake", "en": "Your hours were sent back"},
        "email_body": {
            "nb": "Hei {fornavn}!\n\nTimene dine {dato} ({timer} t) er sendt tilbake med denne kommentaren:\n\n"
            "{kommentar}\n\nEndre dem på Min side: {lenke}\n\nHilsen Blå Kors steg for steg",
            "en": "Hi {fornavn}!\n\nYour hours on {dato} ({timer} h) were sent back with this comment:\n\n"
            "{kommentar}\n\nChange them on My page: {lenke}\n\nBlå Kors steg for steg",
        },
    },
    MEETING_REMINDER: {
        "description": _("To the Tidgiver the day before an agreed meeting."),
        "sms": {
            "nb": "Hei {fornavn}! Husk møtet med {deltaker} i morgen kl. {klokkeslett}{sted}.",
            "en": "Hi {fornavn}! Remember your meeting with {deltaker} tomorrow at {klokkeslett}{sted}.",
        },
        "email_subject": {"nb": "Møte i morgen", "en": "Meeting tomorrow"},
        "email_body": {
            "nb": "Hei {fornavn}!\n\nHusk møtet med {deltaker} i morgen kl. {klokkeslett}{sted}.\n\n"
            "Hilsen Blå Kors steg for steg",
            "en": "Hi {fornavn}!\n\nRemember your meeting with {deltaker} tomorrow at {klokkeslett}{sted}.\n\n"
            "Blå Kors steg for steg",
        },
    },
    MEETING_PROMPT: {
        "description": _("To the Tidgiver after an agreed meeting: log the hours by SMS."),
        "sms": {
            "nb": "Ble det noe av møtet med {deltaker}? Svar TIMER 2 for å føre timene.",
            "en": "Did the meeting with {deltaker} happen? Reply TIMER 2 to log the hours.",
        },
    },
    NO_HOURS_NUDGE: {
        "description": _("A friendly nudge to a Tidgiver in an active match who has logged no hours for 14 days."),
        "email_subject": {"nb": "Har du møtt {deltaker}?", "en": "Have you met {deltaker}?"},
        "email_body": {
            "nb": "Hei {fornavn}!\n\nVi ser ingen timer fra deg de siste to ukene. Har du møtt {deltaker}? Før timene "
            "på Min side: {lenke}\n\nHilsen Blå Kors steg for steg",
            "en": "Hi {fornavn}!\n\nWe see no hours from you in the last two weeks. Have you met {deltaker}? Log the "
            "hours on My page: {lenke}\n\nBlå Kors steg for steg",
        },
        "sms": {
            "nb": "Hei {fornavn}! Vi ser ingen timer fra deg de siste to ukene. Har du møtt {deltaker}? Svar for "
            "eksempel TIMER 2 for å føre timene.",
            "en": "Hi {fornavn}! We see no hours from you in the last two weeks. Have you met {deltaker}? Reply for "
            "example TIMER 2 to log the hours.",
        },
    },
    COORDINATOR_DIGEST: {
        "description": _("Monday's summary e-mail to each coordinator (only sent when something waits)."),
        "email_subject": {"nb": "Ukens oversikt for {enhet}", "en": "This week in {enhet}"},
        "email_body": {
            "nb": "Hei {fornavn}!\n\nDette venter på deg:\n\n{oversikt}\n\nLogg inn: {lenke}\n\nHilsen Blå Kors steg "
            "for steg",
            "en": "Hi {fornavn}!\n\nThis is waiting for you:\n\n{oversikt}\n\nLog in: {lenke}\n\nBlå Kors steg for "
            "steg",
        },
    },
}


def register_templates():
    for key, texts in TEMPLATES.items():
        register_template(key, **texts)


def entry_returned(entry):
    send(
        entry.volunteer.user,
        ENTRY_RETURNED,
        {"dato": f"{entry.date:%d.%m.}", "timer": format_hours(entry.quarters), "kommentar": entry.return_comment},
        unit=entry.unit,
    )


def meeting_context(meeting):
    return {
        "deltaker": meeting.with_whom or "deltakeren",
        "klokkeslett": f"{meeting.start_time:%H:%M}",
        "sted": f" ({meeting.place})" if meeting.place else "",
    }


def meeting_reminder(meeting):
    send(meeting.volunteer.user, MEETING_REMINDER, meeting_context(meeting), unit=meeting.unit)


def meeting_prompt(meeting):
    send(meeting.volunteer.user, MEETING_PROMPT, meeting_context(meeting), channels=("sms",), unit=meeting.unit)


def no_hours_nudge(match):
    send(match.volunteer.user, NO_HOURS_NUDGE, {"deltaker": match.participant.display_name}, unit=match.unit)
