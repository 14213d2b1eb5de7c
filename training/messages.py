"""The messages training sends, registered with notifications from TrainingConfig.ready().

`{fornavn}`, `{enhet}` and `{lenke}` are filled in by notifications; `{moduler}` comes from the caller.
"""

from django.utils.translation import gettext_lazy as _

from notifications.api import register_template

REMINDER = "training.reminder"

TEMPLATES = {
    REMINDER: {
        "description": _("Reminder from a coordinator to someone whose required training is not done or is due again."),
        "sms": {
            "nb": "Hei {fornavn}! Husk opplæringen som Tidgiver i {enhet}: {moduler}. Du finner den på {lenke}",
            "en": "Hi {fornavn}! Remember your Tidgiver training in {enhet}: {moduler}. You find it at {lenke}",
        },
        "email_subject": {"nb": "Husk opplæringen din", "en": "Remember your training"},
        "email_body": {
            "nb": "Hei {fornavn}!\n\nDette er en påminnelse fra {enhet} om opplæringen for Tidgivere. Disse modulene "
            "gjenstår eller skal tas på nytt:\n{moduler}\n\nDu finner dem her:\n{lenke}\n\nHar du spørsmål, kan du "
            "ta kontakt med koordinatoren din.\n\nHilsen Blå Kors steg for steg",
            "en": "Hi {fornavn}!\n\nThis is a reminder from {enhet} about the Tidgiver training. These modules are "
            "not done yet or are due again:\n{moduler}\n\nYou find them here:\n{lenke}\n\nIf you have questions, "
            "contact your coordinator.\n\nBlå Kors steg for steg",
        },
    },
}


def register_templates():
    for key, texts in TEMPLATES.items():
        register_template(key, **texts)
