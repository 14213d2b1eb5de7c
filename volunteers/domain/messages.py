"""The messages the volunteers app sends, registered with notifications from VolunteersConfig.ready().

Texts are Norwegian first; staff can change the wording in Wagtail. `{fornavn}`, `{enhet}` and `{lenke}` are
filled in by notifications; other placeholders come from the context given to `send` ({minstealder} is the
unit's minimum age: younger applicants need a guardian's consent). Descriptions are shown in the back office.
"""

from django.utils.translation import gettext_lazy as _

from notifications.api import Contact, register_template, send

from ..enums import ADULT_AGE

RECEIVED = "volunteers.application_received"
RECEIVED_YOUTH = "volunteers.application_received_youth"
RESUBMITTED = "volunteers.application_updated"
UPDATE_CONFIRM = "volunteers.application_update_confirm"
GUARDIAN_CONFIRM = "volunteers.guardian_confirm"
SCREENING_STARTED = "volunteers.screening_started"
SIGN_DECLARATION = "volunteers.sign_declaration"
APPROVED = "volunteers.application_approved"
REJECTED = "volunteers.application_rejected"
WITHDRAWN = "volunteers.application_withdrawn"
GUARDIAN_DECLINED = "volunteers.guardian_declined"

TEMPLATES = {
    RECEIVED: {
        "description": _("Receipt to the applicant after the application form (e-mail and SMS)."),
        "sms": {
            "nb": "Hei {fornavn}! Takk for søknaden om å bli Tidgiver i {enhet}. Vi tar kontakt innen en uke.",
            "en": "Hi {fornavn}! Thank you for applying to become a Tidgiver in {enhet}. We will contact you "
            "within a week.",
        },
        "email_subject": {"nb": "Takk for søknaden din", "en": "Thank you for your application"},
        "email_body": {
            "nb": "Hei {fornavn}!\n\nTakk for at du vil bli Tidgiver i {enhet}. Vi har fått søknaden din og tar "
            "kontakt innen en uke.\n\nPå Min side kan du følge søknaden. Lag et passord her:\n{passordlenke}\n\n"
            "Hilsen Blå Kors steg for steg",
            "en": "Hi {fornavn}!\n\nThank you for wanting to become a Tidgiver in {enhet}. We have received your "
            "application and will contact you within a week.\n\nFollow your application on My page. Choose a "
            "password here:\n{passordlenke}\n\nBlå Kors steg for steg",
        },
    },
    RECEIVED_YOUTH: {
        "description": _("Receipt to a young applicant: the guardian must confirm first."),
        "sms": {
            "nb": "Hei {fornavn}! Takk for søknaden. Vi har sendt en lenke til {foresatt}. Når de har bekreftet, "
            "tar vi kontakt.",
            "en": "Hi {fornavn}! Thank you for applying. We have sent a link to {foresatt}. When they have "
            "confirmed, we will contact you.",
        },
        "email_subject": {"nb": "Takk for søknaden din", "en": "Thank you for your application"},
        "email_body": {
            "nb": "Hei {fornavn}!\n\nTakk for at du vil bli Tidgiver i {enhet}. Fordi du er under {minstealder} "
            "år, har vi sendt en lenke til {foresatt}. Når de har bekreftet, tar vi kontakt.\n\nLag et passord for Min "
            "side her:\n{passordlenke}\n\nHilsen Blå Kors steg for steg",
            "en": "Hi {fornavn}!\n\nThank you for wanting to become a Tidgiver in {enhet}. Because you are under "
            "{minstealder}, we have sent a link to {foresatt}. When they have confirmed, we will contact you."
            "\n\nChoose a password for My page here:\n{passordlenke}\n\nBlå Kors steg for steg",
        },
    },
    UPDATE_CONFIRM: {
        "description": _(
            "To an applicant who sent the form again while an application was open: nothing changes until they "
            "confirm from the link (e-mail to the address on file)."
        ),
        "email_subject": {"nb": "Bekreft endringene i søknaden din", "en": "Confirm the changes to your application"},
        "email_body": {
            "nb": "Hei {fornavn}!\n\nNoen, trolig du, sendte søknadsskjemaet på nytt med e-postadressen din. Du "
            "har allerede en søknad hos oss, og den er ikke endret.\n\nVil du at søknaden skal oppdateres med de "
            "nye svarene? Bekreft her (lenken virker i {dager} dager):\n{bekreftelseslenke}\n\nVar det ikke du, "
            "trenger du ikke gjøre noe. Da blir søknaden som den er.\n\nHilsen Blå Kors steg for steg",
            "en": "Hi {fornavn}!\n\nSomeone, probably you, sent the application form again with your e-mail "
            "address. You already have an application with us, and it has not been changed.\n\nDo you want the "
            "application updated with the new answers? Confirm here (the link works for {dager} days):"
            "\n{bekreftelseslenke}\n\nIf it was not you, you need not do anything. The application stays as it "
            "is.\n\nBlå Kors steg for steg",
        },
    },
    RESUBMITTED: {
        "description": _("To an applicant whose application was updated with the answers they sent again."),
        "email_subject": {"nb": "Søknaden din er oppdatert", "en": "Your application was updated"},
        "email_body": {
            "nb": "Hei {fornavn}!\n\nSøknaden din er nå oppdatert med svarene du sendte på nytt. Du trenger ikke "
            "gjøre mer.\n\nPå Min side kan du følge søknaden:\n{lenke}\n\nHilsen Blå Kors steg for steg",
            "en": "Hi {fornavn}!\n\nYour application is now updated with the answers you sent again. You need "
            "not do more.\n\nFollow your application on My page:\n{lenke}\n\nBlå Kors steg for steg",
        },
    },
    GUARDIAN_CONFIRM: {
        "description": _("To the guardian of a young applicant, with the confirmation link."),
        "sms": {
            "nb": "Hei {foresatt}! {soker} har søkt om å bli Tidgiver i Blå Kors steg for steg, {enhet}. "
            "Bekreft at det er greit for deg: {bekreftelseslenke}",
            "en": "Hi {foresatt}! {soker} has applied to become a Tidgiver with Blå Kors steg for steg, {enhet}. "
            "Please confirm that you agree: {bekreftelseslenke}",
        },
        "email_subject": {
            "nb": "{soker} vil bli Tidgiver – bekreft som foresatt",
            "en": "{soker} wants to become a Tidgiver – please confirm as guardian",
        },
        "email_body": {
            "nb": "Hei {foresatt}!\n\n{soker} har søkt om å bli Tidgiver i Blå Kors steg for steg, {enhet}. "
            "Unge Tidgivere møter andre unge, alltid med en voksen fra oss i nærheten.\n\nFordi {soker} er "
            "under {minstealder} år, trenger vi at du bekrefter at det er greit:\n{bekreftelseslenke}\n\n"
            "Har du spørsmål, svar på denne e-posten eller ring oss.\n\nHilsen Blå Kors steg for steg",
            "en": "Hi {foresatt}!\n\n{soker} has applied to become a Tidgiver with Blå Kors steg for steg, "
            "{enhet}. Young Tidgivers meet other young people, always with an adult from us nearby.\n\nBecause "
            "{soker} is under {minstealder}, we need you to confirm that you agree:\n{bekreftelseslenke}\n\n"
            "Blå Kors steg for steg",
        },
    },
    SCREENING_STARTED: {
        "description": _("To a young applicant when the guardian has confirmed."),
        "sms": {
            "nb": "Hei {fornavn}! Foresatte har bekreftet søknaden din. Vi tar kontakt snart.",
            "en": "Hi {fornavn}! Your guardian has confirmed your application. We will contact you soon.",
        },
    },
    SIGN_DECLARATION: {
        "description": _("Asks the applicant to sign the confidentiality declaration on My page."),
        "sms": {
            "nb": "Hei {fornavn}! Neste steg er å signere taushetserklæringen på Min side: {lenke}",
            "en": "Hi {fornavn}! The next step is to sign the confidentiality declaration on My page: {lenke}",
        },
        "email_subject": {"nb": "Signer taushetserklæringen", "en": "Sign the confidentiality declaration"},
        "email_body": {
            "nb": "Hei {fornavn}!\n\nNeste steg er å lese og signere taushetserklæringen på Min side:\n{lenke}\n\n"
            "Hilsen Blå Kors steg for steg",
            "en": "Hi {fornavn}!\n\nThe next step is to read and sign the confidentiality declaration on My "
            "page:\n{lenke}\n\nBlå Kors steg for steg",
        },
    },
    APPROVED: {
        "description": _("Welcome to a new, approved Tidgiver."),
        "sms": {
            "nb": "Hei {fornavn}! Velkommen som Tidgiver i {enhet}. Vi gleder oss til å bli kjent med deg!",
            "en": "Hi {fornavn}! Welcome as a Tidgiver in {enhet}. We look forward to getting to know you!",
        },
        "email_subject": {"nb": "Velkommen som Tidgiver", "en": "Welcome as a Tidgiver"},
        "email_body": {
            "nb": "Hei {fornavn}!\n\nSøknaden din er godkjent, og du er nå Tidgiver i {enhet}. Koordinatoren din "
            "tar kontakt om veien videre. Du finner alt på Min side:\n{lenke}\n\nHilsen Blå Kors steg for steg",
            "en": "Hi {fornavn}!\n\nYour application is approved, and you are now a Tidgiver in {enhet}. Your "
            "coordinator will be in touch about what comes next. Everything is on My page:\n{lenke}\n\n"
            "Blå Kors steg for steg",
        },
    },
    REJECTED: {
        "description": _("A kind, neutral message when an application is not taken further (no reason given)."),
        "email_subject": {"nb": "Søknaden din", "en": "Your application"},
        "email_body": {
            "nb": "Hei {fornavn}!\n\nTakk for at du ville bli Tidgiver i {enhet}, og for tiden du har brukt på "
            "søknaden. Vi går ikke videre med søknaden din nå.\n\nDu er velkommen til å ta kontakt med oss hvis "
            "du har spørsmål.\n\nHilsen Blå Kors steg for steg",
            "en": "Hi {fornavn}!\n\nThank you for wanting to become a Tidgiver in {enhet}, and for the time you "
            "spent on your application. We will not take your application further now.\n\nYou are welcome to "
            "contact us if you have questions.\n\nBlå Kors steg for steg",
        },
    },
    WITHDRAWN: {
        "description": _("Confirms that an application was withdrawn."),
        "email_subject": {"nb": "Søknaden din er trukket", "en": "Your application is withdrawn"},
        "email_body": {
            "nb": "Hei {fornavn}!\n\nSøknaden din om å bli Tidgiver i {enhet} er trukket. Du er velkommen til å "
            "søke igjen senere.\n\nHilsen Blå Kors steg for steg",
            "en": "Hi {fornavn}!\n\nYour application to become a Tidgiver in {enhet} is withdrawn. You are "
            "welcome to apply again later.\n\nBlå Kors steg for steg",
        },
    },
    GUARDIAN_DECLINED: {
        "description": _("To a young applicant whose guardian did not consent: the application is closed."),
        "sms": {
            "nb": "Hei {fornavn}! {foresatt} har ikke samtykket i at du blir Tidgiver nå, så vi har avsluttet "
            "søknaden. Takk for at du ville være med! Du er velkommen til å søke igjen senere.",
            "en": "Hi {fornavn}! {foresatt} did not consent to you becoming a Tidgiver now, so we have closed the "
            "application. Thank you for wanting to take part! You are welcome to apply again later.",
        },
        "email_subject": {"nb": "Om søknaden din", "en": "About your application"},
        "email_body": {
            "nb": "Hei {fornavn}!\n\nTakk for at du vil bli Tidgiver i {enhet}. {foresatt} har svart at de ikke "
            "samtykker nå, og da kan vi ikke gå videre. Søknaden er derfor avsluttet.\n\nDet er helt i orden. "
            "Snakk gjerne med {foresatt} om det, og du er hjertelig velkommen til å søke igjen senere – "
            "senest når du fyller {minstealder}.\n\nHilsen Blå Kors steg for steg",
            "en": "Hi {fornavn}!\n\nThank you for wanting to become a Tidgiver in {enhet}. {foresatt} has "
            "answered that they do not consent now, so we cannot go on. The application is therefore closed."
            "\n\nThat is quite all right. Do talk with {foresatt} about it, and you are very welcome to apply "
            "again later – at the latest when you turn {minstealder}.\n\nBlå Kors steg for steg",
        },
    },
}


# These carry a link that sets the applicant's password, confirms their own changes or gives a guardian's
# consent: hidden from staff.
WITH_PERSONAL_LINKS = frozenset({RECEIVED, RECEIVED_YOUTH, UPDATE_CONFIRM, GUARDIAN_CONFIRM})


def register_templates():
    for key, texts in TEMPLATES.items():
        register_template(key, secret=key in WITH_PERSONAL_LINKS, **texts)


def applicant_recipient(application):
    """The applicant's account when it has a proved number; else the account's e-mail and the application's
    number (typed into the form, so it receives messages about this application and nothing else)."""
    user = application.user
    if user is not None and user.phone and user.phone_verified:
        return user
    email = user.email if user is not None else application.email
    return Contact(name=application.full_name, email=email, phone=application.phone, user=user)


def guardian_recipient(application):
    return Contact(name=application.guardian_name, email=application.guardian_email, phone=application.guardian_phone)


def _application_context(application):
    return {"foresatt": application.guardian_name, "minstealder": ADULT_AGE}


def notify_applicant(application, key, context=None, *, channels=None):
    context = {**_application_context(application), "soker": application.full_name, **(context or {})}
    return send(applicant_recipient(application), key, context, channels=channels, unit=application.unit)


def notify_guardian(application, context):
    context = {**_application_context(application), "soker": application.first_name, **context}
    return send(guardian_recipient(application), GUARDIAN_CONFIRM, context, unit=application.unit, urgent=True)
