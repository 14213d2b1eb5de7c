"""A per-IP limit on how often the application form can be sent (fixed window, kept in the shared cache)."""

from allauth.account.adapter import get_adapter
from django.conf import settings
from django.core.cache import cache

DEFAULT_LIMIT = (20, 60 * 60)  # a recruitment stand on shared wi-fi may send many; a bot sends more


def client_ip(request):
    """The client's address, respecting allauth's trusted-proxy settings (ALLAUTH_TRUSTED_PROXY_COUNT)."""
    return get_adapter().get_client_ip(request)


def allow(request, action):
    """Count one attempt; False once the address has used up its attempts for the current window."""
    limit, window = getattr(settings, "APPLICATION_RATE_LIMIT", DEFAULT_LIMIT)
    key = f"ratelimit:{action}:{client_ip(request)}"
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:  # the key expired between add and incr
        cache.set(key, 1, timeout=window)
        count = 1
    return count <= limit
