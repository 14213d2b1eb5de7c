"""Security events: one structured line each on the ``portal.security`` logger.

    security_event("login_failed", request, user=user, method="password")
    -> event=login_failed time=2026-12-01T19:45:03Z user_id=7 ip=203.0.113.7 method=password

The line says who (user id, never a name, e-mail or number), when (UTC) and from where (the client
address as the rate limits see it, behind the trusted proxy). It never carries secrets or content:
fields whose name mentions a code, phone number, message body, password, token or secret are dropped.
Any app may import this module (it imports no project code).
"""

import json
import logging
from datetime import UTC, datetime

from django.core.exceptions import PermissionDenied

logger = logging.getLogger("portal.security")

NEVER_LOGGED = ("code", "phone", "body", "password", "token", "secret", "otp")


def client_address(request):
    """The client's address, honouring ALLAUTH_TRUSTED_PROXY_COUNT like the rate limits do."""
    from allauth.account.adapter import get_adapter

    try:
        return get_adapter(request).get_client_ip(request)
    except PermissionDenied:
        return None


def format_value(value):
    text = "-" if value is None else str(value)
    if not text or any(char in text for char in ' "=\n\r\t'):
        return json.dumps(text, ensure_ascii=False)
    return text


def may_log(name):
    return not any(part in name.lower() for part in NEVER_LOGGED)


def security_event(name, request=None, user=None, **fields):
    """Log one security event. ``user`` defaults to the request's authenticated user."""
    if user is None and request is not None and getattr(request, "user", None) is not None:
        user = request.user if request.user.is_authenticated else None
    record = {
        "event": name,
        "time": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "user_id": getattr(user, "pk", None),
        "ip": client_address(request) if request is not None else None,
    }
    record.update({key: value for key, value in sorted(fields.items()) if may_log(key) and key not in record})
    logger.info(" ".join(f"{key}={format_value(value)}" for key, value in record.items()), extra={"security": record})
    return record
