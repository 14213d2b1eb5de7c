"""Which language a request is answered in.

Wagtail pages carry their language in the address (``i18n_patterns`` with ``prefix_default_language=False``):
Norwegian pages keep their addresses, English ones live under /en/. Everything else (Min side, log-in, the
back office) follows the language the person chose with the footer's switch (a cookie), Norwegian otherwise.

Django's LocaleMiddleware would also follow the browser's Accept-Language, which would show an English
frame to everyone whose browser happens to be set to English, and it would answer every address without a
prefix in Norwegian, whatever the person chose.
"""

from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.urls import is_valid_path
from django.utils import translation


def language_in_path(path):
    """The language prefix of ``path`` ("en" for /en/...), or None for an address without one."""
    language = translation.get_language_from_path(path)
    return None if language == settings.LANGUAGE_CODE else language


def chosen_language(request):
    """The address's language if it has a prefix, else the language chosen with the switch, else Norwegian.

    The public page cache keys on this (cms.page_cache), so it must be decided by the address and the cookie
    alone: an address without a prefix that is a Wagtail page is answered in Norwegian whatever the cookie
    says, so its two cookie variants hold the same page and never cross languages.
    """
    in_path = language_in_path(request.path_info)
    if in_path is not None:
        return in_path
    chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    return chosen if chosen in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


class ChosenLanguageMiddleware(LocaleMiddleware):
    def process_request(self, request):
        language = chosen_language(request)
        translation.activate(language)
        if (
            language != settings.LANGUAGE_CODE
            and language_in_path(request.path_info) is None
            and not is_valid_path(request.path_info, getattr(request, "urlconf", None))
        ):
            # Not a view of ours in the chosen language: a Norwegian page address (or nothing at all).
            translation.activate(settings.LANGUAGE_CODE)
        request.LANGUAGE_CODE = translation.get_language()
