"""Error and skip codes stored on outbox rows, and what they mean in words a coordinator understands.

Rows store a stable code (``error_code``); the words are translated when shown, so a Norwegian coordinator
reads Norwegian whatever language the worker ran in.
"""

from django.utils.translation import gettext_lazy as _

# Why a row was skipped without calling the provider.
NO_PHONE = "no-phone"
NO_EMAIL = "no-email"
OPTED_OUT = "stopp"
SMS_NOT_CONFIGURED = "sms-not-configured"

EXPLANATIONS = {
    NO_PHONE: _("No mobile number."),
    NO_EMAIL: _("No e-mail address."),
    OPTED_OUT: _("The person has said STOPP to SMS."),
    SMS_NOT_CONFIGURED: _("SMS sending is not set up (Twilio settings are missing). It will be tried again."),
    "network": _("Could not reach Twilio. It will be tried again."),
    "smtp": _("Could not reach the e-mail server. It will be tried again."),
    "recipient-refused": _("The e-mail server refused the address."),
    # Twilio's own codes (from the API or from delivery reports).
    "21211": _("Not a valid mobile number."),
    "21610": _("The person has blocked SMS from us with STOP."),
    "21614": _("The number is not a mobile number."),
    "30003": _("The phone was off or out of coverage."),
    "30005": _("The number does not exist (any more)."),
    "30006": _("The number cannot receive SMS (for example a landline)."),
    "30007": _("Stopped by the phone company's spam filter."),
    "30008": _("Unknown error at the phone company."),
}


def explain(error_code, error_text=""):
    """Translated words for a known code, else the provider's own text (or the bare code)."""
    explanation = EXPLANATIONS.get(error_code)
    if explanation is not None:
        return explanation
    return error_text or error_code
