"""Signed, expiring links sent by e-mail or SMS (a guardian's consent, confirming one's own changes).

The link is the proof: whoever opens it acts, logged in or not. Each kind has its own salt, so one kind of token
never opens another kind's page.
"""

from django.conf import settings
from django.core import signing
from django.urls import reverse


def token_for(pk, salt):
    return signing.dumps(pk, salt=salt)


def public_link(viewname, token):
    return settings.PUBLIC_BASE_URL.rstrip("/") + reverse(viewname, kwargs={"token": token})


def pk_from_token(token, salt, max_age):
    """The id in ``token``, or None for a broken, foreign or expired one."""
    try:
        return signing.loads(token, salt=salt, max_age=max_age)
    except signing.BadSignature:
        return None
