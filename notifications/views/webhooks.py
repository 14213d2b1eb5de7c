"""Twilio's webhooks. Only these two views are CSRF-exempt: Twilio signs its requests instead.

The signature covers the public https URL Twilio called (PUBLIC_BASE_URL), not the URL Django sees
behind a TLS-terminating proxy. Anything unsigned or wrongly signed is a 403 and changes nothing.
"""

from functools import wraps

from django.conf import settings
from django.http import HttpResponse, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from twilio.request_validator import RequestValidator

from portal.security import security_event

from ..domain import inbound, status_callbacks

EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'


def public_url(request):
    return settings.PUBLIC_BASE_URL.rstrip("/") + request.get_full_path()


def signature_valid(request):
    signature = request.headers.get("X-Twilio-Signature", "")
    if not signature or not settings.TWILIO_AUTH_TOKEN:
        return False
    validator = RequestValidator(settings.TWILIO_AUTH_TOKEN)
    return validator.validate(public_url(request), request.POST.dict(), signature)


def twilio_webhook(view):
    @csrf_exempt
    @require_POST
    @wraps(view)
    def wrapped(request):
        if not signature_valid(request):
            security_event("webhook_signature_invalid", request, webhook=view.__name__)
            return HttpResponseForbidden("Invalid signature.")
        view(request)
        return HttpResponse(EMPTY_TWIML, content_type="text/xml")

    return wrapped


@twilio_webhook
def status(request):
    status_callbacks.apply(
        outbound_id=request.GET.get("m", ""),
        provider_id=request.POST.get("MessageSid", ""),
        twilio_status=request.POST.get("MessageStatus", ""),
        error_code=request.POST.get("ErrorCode", ""),
    )


@twilio_webhook
def incoming(request):
    inbound.store(
        provider_id=request.POST.get("MessageSid", ""),
        phone=request.POST.get("From", ""),
        body=request.POST.get("Body", ""),
    )
