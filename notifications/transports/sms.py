"""SMS through Twilio's official SDK, or a console transport that only logs (development).

settings.SMS_TRANSPORT chooses: "twilio" or "console". Unset (development and tests) means Twilio when
its settings are there, else the console. Production sets "twilio", and the deploy check
(notifications/checks.py) refuses missing Twilio settings, so a message is never marked sent unsent.

Tests and the benchmark replace only the SDK's HTTP client (``http_client``), so the real SDK runs.
"""

import logging

from django.conf import settings
from django.urls import reverse
from twilio.base.exceptions import TwilioException, TwilioRestException
from twilio.http.http_client import TwilioHttpClient
from twilio.rest import Client

from .. import errors
from .base import PERMANENT, TRANSIENT, Outcome

log = logging.getLogger(__name__)

# The number itself cannot get SMS: invalid, has opted out with Twilio, or is not a mobile number.
PERMANENT_NUMBER_ERRORS = {21211: "invalid number", 21610: "recipient opted out", 21614: "not a mobile number"}
OPTED_OUT_CODE = "21610"
HTTP_TIMEOUT_SECONDS = 15  # well inside the queue's task timeout

_http_client = None  # set by tests and the benchmark: a twilio.http.HttpClient subclass


def use_http_client(http_client):
    """Make every Twilio client use ``http_client`` (tests, benchmark); None restores the default."""
    global _http_client
    _http_client = http_client


def twilio_configured():
    has_sender = settings.TWILIO_FROM or settings.TWILIO_MESSAGING_SERVICE_SID
    return bool(settings.TWILIO_ACCOUNT_SID and settings.TWILIO_AUTH_TOKEN and has_sender)


TWILIO, CONSOLE = "twilio", "console"
TRANSPORTS = (TWILIO, CONSOLE)


def chosen_transport():
    chosen = getattr(settings, "SMS_TRANSPORT", "")
    if chosen:
        return chosen
    return TWILIO if twilio_configured() else CONSOLE


def send_sms(row):
    if chosen_transport() == CONSOLE:
        return ConsoleSms().send(row)
    if not twilio_configured():
        # Keep the row queued (with a clear error) until someone adds the settings: never pretend it went.
        return Outcome(TRANSIENT, error_code=errors.SMS_NOT_CONFIGURED, error_text="Twilio settings are missing.")
    return TwilioSms().send(row)


def status_callback_url(row):
    path = reverse("notifications:twilio_status")
    return f"{settings.PUBLIC_BASE_URL.rstrip('/')}{path}?m={row.pk}"


_clients = {}


def twilio_client():
    """One SDK client (and HTTP session) per process and configuration, reused for every message."""
    key = (settings.TWILIO_ACCOUNT_SID, settings.TWILIO_AUTH_TOKEN, id(_http_client))
    if key not in _clients:
        http_client = _http_client or TwilioHttpClient(timeout=HTTP_TIMEOUT_SECONDS)
        _clients.clear()
        _clients[key] = Client(settings.TWILIO_ACCOUNT_SID, settings.TWILIO_AUTH_TOKEN, http_client=http_client)
    return _clients[key]


class TwilioSms:
    def __init__(self):
        self.client = twilio_client()

    def send(self, row):
        sender = (
            {"messaging_service_sid": settings.TWILIO_MESSAGING_SERVICE_SID}
            if settings.TWILIO_MESSAGING_SERVICE_SID
            else {"from_": settings.TWILIO_FROM}
        )
        try:
            message = self.client.messages.create(
                to=row.address, body=row.body, status_callback=status_callback_url(row), **sender
            )
        except TwilioRestException as error:
            return classify_rest_error(error)
        except (TwilioException, OSError) as error:
            # The SDK wraps network trouble (timeouts, refused connections) in TwilioException or lets OSError through.
            return Outcome(TRANSIENT, error_code="network", error_text=type(error).__name__)
        return Outcome.sent(message.sid)


def classify_rest_error(error):
    code = str(error.code or "")
    text = f"HTTP {error.status}: {error.msg}"[:1000]
    if error.code in PERMANENT_NUMBER_ERRORS:
        return Outcome(PERMANENT, error_code=code, error_text=text, flag_phone=True)
    if error.status == 429 or error.status >= 500 or error.status in (401, 403):
        # Busy, down, or credentials being rotated: worth another try later.
        return Outcome(TRANSIENT, error_code=code or str(error.status), error_text=text)
    return Outcome(PERMANENT, error_code=code or str(error.status), error_text=text)


class ConsoleSms:
    """No real SMS: the message still goes through the outbox. In development (DEBUG) its recipient and
    whole text (log-in codes included) are printed, so SMS log-in can be tried; elsewhere (a test
    installation with SMS_TRANSPORT=console) only the row id reaches the log."""

    def send(self, row):
        if settings.DEBUG:
            from .console import print_sms

            print_sms(row)
        log.info("Console SMS transport: outbox %s would be sent now (%s segment(s)).", row.pk, row.segments)
        return Outcome.sent(f"console-{row.pk}")
