"""The privacy app's messages to the person (registered from PrivacyConfig.ready())."""

from django.utils.translation import gettext_lazy as _

from notifications.api import register_template

ERASURE_REQUESTED = "privacy.erasure_requested"
ERASURE_DONE = "privacy.erasure_done"

TEMPLATES = {
    ERASURE_REQUESTED: {
        "description": _("To a person who asked to be deleted: what happens and when."),
        "email_subject": {"nb": "Vi har fått beskjed om at du vil slettes", "en": "We have your request to be deleted"},
        "email_body": {
            "nb": "Hei {fornavn}!\n\nVi har fått beskjed om at du vil slettes hos Blå Kors steg for steg. En "
            "koordinator bekrefter det, ellers skjer det av seg selv {dato}. Da fjerner vi navnet ditt, kontakt"
            "informasjonen og det du har skrevet til oss. Tall for statistikk beholder vi uten navn.\n\nHar du "
            "ombestemt deg? Gå til Min side og angre:\n{lenke}\n\nHilsen Blå Kors steg for steg",
            "en": "Hi {fornavn}!\n\nWe have your request to be deleted from Blå Kors steg for steg. A coordinator "
            "confirms it, or it happens by itself on {dato}. Then we remove your name, contact details and what "
            "you wrote to us. Figures for statistics are kept without your name.\n\nChanged your mind? Go to My "
            "page and cancel:\n{lenke}\n\nBlå Kors steg for steg",
        },
    },
    ERASURE_DONE: {
        "description": _("Confirms to a person that they were deleted (sent to the address they had)."),
        "email_subject": {"nb": "Du er slettet", "en": "You have been deleted"},
        "email_body": {
            "nb": "Hei!\n\nVi har nå slettet navnet ditt, kontaktinformasjonen og det du skrev til oss. Du kan ikke "
            "lenger logge inn. Dette er den siste e-posten du får fra oss.\n\nHilsen Blå Kors steg for steg",
            "en": "Hi!\n\nWe have now deleted your name, contact details and what you wrote to us. You can no "
            "longer log in. This is the last e-mail you get from us.\n\nBlå Kors steg for steg",
        },
    },
}


def register_templates():
    for key, texts in TEMPLATES.items():
        register_template(key, **texts)
