"""Default wording for the messages this app sends itself. Staff can change them in Wagtail."""

from django.utils.translation import gettext_lazy as _

from .api import register_template

LOGIN_CODE = "notifications.login_code"
UNKNOWN_NUMBER = "notifications.login_unknown_number"
GROUP_MESSAGE = "notifications.group_message"
PHONE_CODE = "notifications.phone_code"
REAUTH_CODE = "notifications.reauth_code"
STOP_CONFIRMATION = "notifications.sms_stopped"
# Messages the person asked for this minute go out even after STOPP (a number Twilio knows is invalid still stops them).
OPT_OUT_EXEMPT = {STOP_CONFIRMATION, LOGIN_CODE, PHONE_CODE}


def register_defaults():
    register_template(
        STOP_CONFIRMATION,
        description=_("Reply when someone sends STOPP."),
        sms={
            "nb": "Du får ikke flere SMS fra Blå Kors steg for steg. Send START for å få SMS igjen.",
            "en": "You will get no more SMS from Blå Kors steg for steg. Send START to get SMS again.",
        },
    )
    register_template(
        "notifications.sms_started",
        description=_("Reply when someone sends START."),
        sms={
            "nb": "Nå får du SMS fra Blå Kors steg for steg igjen. Send STOPP for å slutte.",
            "en": "You will get SMS from Blå Kors steg for steg again. Send STOP to end.",
        },
    )
    register_template(
        "notifications.sms_help",
        description=_("Reply to an SMS the portal does not understand."),
        sms={
            "nb": (
                "Takk for meldingen! Koordinatoren din leser den. Haster det, ring enheten din. "
                "Send STOPP for å slutte å få SMS."
            ),
            "en": (
                "Thank you for your message! Your coordinator will read it. If it is urgent, call your unit. "
                "Send STOP to end SMS."
            ),
        },
    )
    register_template(
        LOGIN_CODE,
        description=_("The one-time code for logging in by SMS."),
        secret=True,
        sms={
            "nb": "Koden din for å logge inn hos Blå Kors steg for steg er {kode}. Ikke del koden med noen.",
            "en": "Your code to log in to Blå Kors steg for steg is {kode}. Do not share it with anyone.",
        },
    )
    register_template(
        PHONE_CODE,
        description=_("The code that confirms a new mobile number on Min side."),
        secret=True,
        sms={
            "nb": "Koden for å bekrefte mobilnummeret ditt hos Blå Kors steg for steg er {kode}.",
            "en": "Your code to confirm your mobile number at Blå Kors steg for steg is {kode}.",
        },
    )
    register_template(
        REAUTH_CODE,
        description=_("The code by e-mail that confirms it is you before you change your mobile number."),
        secret=True,
        email_subject={"nb": "Bekreft at det er deg", "en": "Confirm it is you"},
        email_body={
            "nb": (
                "Hei {fornavn}!\n\nDu vil endre mobilnummeret ditt hos Blå Kors steg for steg. "
                "Skriv inn denne koden for å bekrefte at det er deg: {kode}\n\n"
                "Koden virker i 10 minutter. Har du ikke bedt om den, kan du se bort fra e-posten."
            ),
            "en": (
                "Hi {fornavn}!\n\nYou want to change your mobile number at Blå Kors steg for steg. "
                "Enter this code to confirm it is you: {kode}\n\n"
                "The code works for 10 minutes. If you did not ask for it, ignore this e-mail."
            ),
        },
    )
    register_template(
        UNKNOWN_NUMBER,
        description=_("Sent when someone asks for a log-in code for a number that has no account."),
        sms={
            "nb": (
                "Noen ba om en innloggingskode til dette nummeret, men det er ikke knyttet til noen bruker "
                "hos Blå Kors steg for steg. Har du ikke bedt om det, kan du se bort fra meldingen."
            ),
            "en": (
                "Someone asked for a log-in code for this number, but it belongs to no account "
                "at Blå Kors steg for steg. If it was not you, ignore this message."
            ),
        },
    )
    register_template(
        GROUP_MESSAGE,
        description=_("A message a coordinator writes to many Tidgivers at once; {tekst} is their text."),
        sms={"nb": "{tekst}", "en": "{tekst}"},
        email_subject={"nb": "Melding fra {enhet}", "en": "Message from {enhet}"},
        email_body={
            "nb": "Hei {fornavn}!\n\n{tekst}\n\nHilsen {enhet}",
            "en": "Hi {fornavn}!\n\n{tekst}\n\nRegards, {enhet}",
        },
    )
