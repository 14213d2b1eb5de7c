"""Pages with personal data are never stored by a browser, proxy or CDN (Cache-Control: no-store).

That is everything under the prefixes in settings.NO_STORE_PATH_PREFIXES (back office, Min side,
log-in and account pages, token links, documents), every page shown to a logged-in person, and
every answer to a form post. Public pages for anonymous visitors keep their own caching.
"""

from django.conf import settings
from django.utils.cache import add_never_cache_headers


def holds_personal_data(request):
    user = getattr(request, "user", None)
    return (
        request.path.startswith(tuple(settings.NO_STORE_PATH_PREFIXES))
        or request.method not in ("GET", "HEAD")
        or (user is not None and user.is_authenticated)
    )


class NoStoreForPersonalPagesMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if holds_personal_data(request):
            add_never_cache_headers(response)  # no-cache, no-store, must-revalidate, private
        return response
