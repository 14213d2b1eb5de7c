"""Public Wagtail pages for anonymous visitors, served from the cache.

Only a request that cannot belong to anyone (no session cookie, no flash messages, no query string) is
answered from the cache, and only a response that holds nothing personal is stored: a page Wagtail served
without view restrictions, status 200, no cookie set (a CSRF token would set one) and no CSP nonce used.
Every stored page shares one version number; publishing, moving or deleting a page, or saving a snippet,
a setting, a unit or a site bumps it, so all hosts see a change at once.
"""

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import patch_cache_control

from portal.language import chosen_language

VERSION_KEY = "public-pages:version"
_MARK = "_public_page"


def mark_public_page(request, page):
    """Wagtail's before_serve_page hook: this response may be cached if everything else agrees."""
    setattr(request, _MARK, page)


def invalidate_public_pages(**kwargs):
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.add(VERSION_KEY, 2, timeout=None)


def public_pages_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, 1, timeout=None)
        version = cache.get(VERSION_KEY, 1)
    return version


def _may_be_anyones(request):
    return (
        request.method == "GET"
        and not request.META.get("QUERY_STRING")
        and "HTTP_AUTHORIZATION" not in request.META
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
    )


def _holds_nothing_personal(request, response):
    page = getattr(request, _MARK, None)
    return (
        page is not None
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not getattr(request, "_csp_nonce", None)
        and not page.get_view_restrictions().exists()
    )


class AnonymousPageCacheMiddleware:
    """Sits before the CSP, session and auth middleware, so a hit costs two cache reads and no query."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = self._key(request)
        if key is not None and (stored := cache.get(key)) is not None:
            content, headers = stored
            return HttpResponse(content, headers=headers)
        response = self.get_response(request)
        if getattr(request, _MARK, None) is None:
            return response
        if key is not None and _holds_nothing_personal(request, response) and key == self._key(request):
            # (The key holds the version: a change published while this page was rendering is not stored.)
            patch_cache_control(response, public=True, max_age=settings.PUBLIC_PAGE_MAX_AGE)
            cache.set(key, (response.content, dict(response.headers)), settings.PUBLIC_PAGE_CACHE_SECONDS)
        elif "Cache-Control" not in response:
            # A page rendered for someone (their name in the header, a form token) must not sit in a CDN.
            patch_cache_control(response, private=True, no_cache=True)
        return response

    @staticmethod
    def _key(request):
        if not settings.PUBLIC_PAGE_CACHE_SECONDS or not _may_be_anyones(request):
            return None
        try:
            host = request.get_host()
        except Exception:  # DisallowedHost: the normal stack answers it
            return None
        # The language as portal.language decides it (the /en/ prefix, else the switch's cookie): together with
        # the path it fixes the language a page is rendered in, so no page reaches a visitor of the other one.
        return f"public-page:{public_pages_version()}:{chosen_language(request)}:{host}:{request.path}"


def _shown_on_public_pages(model):
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.models import Locale, Page, Site
    from wagtail.snippets.models import get_snippet_models

    from portal.org.models import Unit

    shown = (Page, BaseSiteSetting, BaseGenericSetting, Unit, Site, Locale, Redirect)
    return issubclass(model, shown) or model in get_snippet_models()


def invalidate_on_save_or_delete(sender, **kwargs):
    if _shown_on_public_pages(sender):
        invalidate_public_pages()


def connect_invalidation():
    from django.db.models.signals import post_delete, post_save
    from wagtail.signals import page_published, page_unpublished, post_page_move

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(invalidate_public_pages, dispatch_uid=f"public-pages-{id(signal)}")
    post_save.connect(invalidate_on_save_or_delete, dispatch_uid="public-pages-save")
    post_delete.connect(invalidate_on_save_or_delete, dispatch_uid="public-pages-delete")
