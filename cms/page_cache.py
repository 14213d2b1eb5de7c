"""Public Wagtail pages for anonymous visitors, served from the cache.

Only a request that cannot belong to anyone (no session cookie, no flash messages, no query string but one
choice that the page's view accepts, see `accept_query_string`) is answered from the cache, and only a
response that holds nothing personal is stored: a page Wagtail served without view restrictions, status 200,
no cookie set (a CSRF token would set one) and no CSP nonce used. Every stored page carries the version number
it was rendered under; publishing, moving or deleting a page, or saving a snippet, a setting, a unit, a
volunteer role or a site bumps it. A hit reads the version and the page in at most one cache round trip and
never touches the session, the user or the database; each worker also keeps the pages it served in memory,
checking the version at most once a second (PUBLIC_PAGE_VERSION_CHECK_SECONDS), so most hits cost no round
trip at all. The process that publishes sees the change at once, every other worker and host within that
second.

A page whose only personal part is its CSRF token (the application form) is stored with a slot in place of
the token (see `token_slot_context`); each visitor gets their own token filled in, and their CSRF cookie set,
by Django's own CsrfViewMiddleware. Such a page is `Cache-Control: private` so that no CDN keeps it.
"""

import re
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import CsrfViewMiddleware, get_token
from django.utils.cache import patch_cache_control

from portal.language import chosen_language

VERSION_KEY = "public-pages:version"
TOKEN_SLOT = "csrf-token-slot-filled-per-visitor"  # noqa: S105 (a placeholder, not a secret)
_MARK = "_public_page"
_SLOTTED_CONTENT = "_public_page_slotted_content"
_STORED = "_public_page_stored"
_ACCEPTED_QUERY = "_public_page_query_accepted"
_KEPT_PAGES = 500  # per worker; a few kB each
# One choice such as ?enhet=drammen; a page is kept under it only when its view accepts it.
_ONE_CHOICE = re.compile(r"[a-z_]{1,20}=[a-z0-9-]{1,50}")


class _WorkerCopy:
    """This worker's copies of stored pages, all of one version, and when that version was last read."""

    version = None
    read_at = float("-inf")
    pages = {}

    @classmethod
    def current_version(cls):
        if time.monotonic() - cls.read_at >= settings.PUBLIC_PAGE_VERSION_CHECK_SECONDS:
            version = public_pages_version()
            if version != cls.version:
                cls.version, cls.pages = version, {}
            cls.read_at = time.monotonic()
        return cls.version

    @classmethod
    def keep(cls, key, stored):
        if stored[0] == cls.version and settings.PUBLIC_PAGE_VERSION_CHECK_SECONDS > 0:
            if len(cls.pages) >= _KEPT_PAGES:
                cls.pages = {}
            cls.pages[key] = stored

    @classmethod
    def forget(cls):
        cls.version, cls.read_at, cls.pages = None, float("-inf"), {}


forget_worker_copies = _WorkerCopy.forget


def mark_public_page(request, page):
    """Wagtail's before_serve_page hook: this response may be cached if everything else agrees."""
    setattr(request, _MARK, page)


def token_slot_context(request):
    """Template context for a page whose only personal part is the CSRF token: the csrf_token tag renders
    TOKEN_SLOT, and `fill_token_slot` puts the visitor's token there. Empty for someone logged in."""
    return {"csrf_token": TOKEN_SLOT} if _may_be_anyones(request) else {}


def accept_query_string(request):
    """The view understood the whole query string (one choice, e.g. ?enhet=drammen for a unit that exists), and
    the page differs by nothing else: it may be kept under it. Unknown choices are never stored."""
    setattr(request, _ACCEPTED_QUERY, True)


def fill_token_slot(request, response):
    """Renders `response` and fills in this visitor's token; the page cache keeps the page with the slot."""
    if not hasattr(response, "render"):
        return response  # a redirect
    response.render()
    slot = TOKEN_SLOT.encode()
    if slot not in response.content:
        return response
    if not request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        # (Set already, something else on the page asked for the real token: then the page is not kept.)
        setattr(request, _SLOTTED_CONTENT, response.content)
    response.content = response.content.replace(slot, get_token(request).encode())
    return response


def invalidate_public_pages(**kwargs):
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.add(VERSION_KEY, 2, timeout=None)
    _WorkerCopy.forget()


def public_pages_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, 1, timeout=None)
        version = cache.get(VERSION_KEY, 1)
    return version


def _may_be_anyones(request):
    query = request.META.get("QUERY_STRING", "")
    return (
        request.method == "GET"
        and (not query or _ONE_CHOICE.fullmatch(query))
        and "HTTP_AUTHORIZATION" not in request.META
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
    )


def _holds_nothing_personal(request, response):
    page = getattr(request, _MARK, None)
    # The application form sets the visitor's CSRF cookie, and only that; its token sits in the slot.
    allowed_cookies = {settings.CSRF_COOKIE_NAME} if hasattr(request, _SLOTTED_CONTENT) else set()
    return (
        page is not None
        and response.status_code == 200
        and not response.streaming
        and set(response.cookies) <= allowed_cookies
        and (allowed_cookies or not request.META.get("CSRF_COOKIE_NEEDS_UPDATE"))
        and not getattr(request, "_csp_nonce", None)
        and (not request.META.get("QUERY_STRING") or getattr(request, _ACCEPTED_QUERY, False))
        and not page.get_view_restrictions().exists()
    )


class AnonymousPageCacheMiddleware:
    """Sits before the CSP, session and auth middleware, so a hit costs one cache read and no query."""

    def __init__(self, get_response):
        self.get_response = get_response
        # Only for pages stored with a token slot: reads the visitor's CSRF cookie, sets it on the answer.
        self._with_csrf_cookie = CsrfViewMiddleware(self._token_page)

    def __call__(self, request):
        key = self._key(request)
        if key is not None:
            version, stored = self._lookup(key)
            if stored is not None and stored[0] == version:
                return self._answer(request, stored)
        response = self.get_response(request)
        if getattr(request, _MARK, None) is None:
            return response
        if key is not None and _holds_nothing_personal(request, response):
            self._store(request, response, key, version)
        elif "Cache-Control" not in response:
            # A page rendered for someone (their name in the header, a form token) must not sit in a CDN.
            patch_cache_control(response, private=True, no_cache=True)
        return response

    def _answer(self, request, stored):
        _version, content, headers, has_token_slot = stored
        if not has_token_slot:
            response = HttpResponse(content, headers=headers)
            response["Content-Length"] = str(len(content))
            return response
        setattr(request, _STORED, (content, headers))
        return self._with_csrf_cookie(request)

    @staticmethod
    def _token_page(request):
        content, headers = getattr(request, _STORED)
        response = HttpResponse(content.replace(TOKEN_SLOT.encode(), get_token(request).encode()), headers=headers)
        response["Content-Length"] = str(len(response.content))
        return response

    @staticmethod
    def _store(request, response, key, version):
        if public_pages_version() != version:
            return  # a change was published while this page was rendering
        template = getattr(request, _SLOTTED_CONTENT, None)
        if template is None:
            patch_cache_control(response, public=True, max_age=settings.PUBLIC_PAGE_MAX_AGE)
        else:
            patch_cache_control(response, private=True, no_cache=True)
        headers = {name: value for name, value in response.headers.items() if name != "Content-Length"}
        content = response.content if template is None else template
        stored = (version, content, headers, template is not None)
        cache.set(key, stored, settings.PUBLIC_PAGE_CACHE_SECONDS)
        _WorkerCopy.keep(key, stored)

    @staticmethod
    def _lookup(key):
        """The current version and the stored page: from this worker's memory, else one cache read."""
        version = _WorkerCopy.current_version()
        kept = _WorkerCopy.pages.get(key)
        if kept is not None and kept[0] == version:
            return version, kept
        stored = cache.get(key)
        if stored is not None:
            _WorkerCopy.keep(key, stored)
        return version, stored

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
        query = request.META.get("QUERY_STRING", "")
        return f"public-page:{chosen_language(request)}:{host}:{request.path}" + (f"?{query}" if query else "")


def _shown_on_public_pages(model):
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.models import Locale, Page, Site
    from wagtail.snippets.models import get_snippet_models

    from portal.org.models import Unit, VolunteerRole

    shown = (Page, BaseSiteSetting, BaseGenericSetting, Unit, VolunteerRole, Site, Locale, Redirect)
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
