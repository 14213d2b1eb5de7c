"""System checks: SMS must really go out in production, not to the console log."""

from django.conf import settings
from django.core.checks import Error, Warning, register

from .transports.sms import CONSOLE, TRANSPORTS, TWILIO, twilio_configured


def sms_transport_valid(app_configs, **kwargs):
    chosen = getattr(settings, "SMS_TRANSPORT", "")
    if chosen and chosen not in TRANSPORTS:
        return [
            Error(
                f"SMS_TRANSPORT must be one of {', '.join(TRANSPORTS)}, not {chosen!r}.",
                id="notifications.E001",
            )
        ]
    return []


def sms_transport_deployable(app_configs, **kwargs):
    """Unset counts as "twilio" here: in production the console transport must be chosen on purpose."""
    if settings.DEBUG:
        return []
    chosen = getattr(settings, "SMS_TRANSPORT", "") or TWILIO
    if chosen == TWILIO and not twilio_configured():
        return [
            Error(
                "SMS would not be sent: Twilio settings are missing.",
                hint=(
                    "Set TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM or TWILIO_MESSAGING_SERVICE_SID, "
                    "or set SMS_TRANSPORT=console on a server that must not send SMS."
                ),
                id="notifications.E002",
            )
        ]
    if chosen == CONSOLE:
        return [
            Warning(
                "SMS_TRANSPORT is console: SMS are only written to the log, nobody gets them.",
                id="notifications.W001",
            )
        ]
    return []


def register_checks():
    register(sms_transport_valid)
    register(sms_transport_deployable, "notifications", deploy=True)
