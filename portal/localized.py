"""A page in the visitor's language: its translation where one is live, else the Norwegian page at the address
of that language (/en/om/), where cms.models.HomePage.route finds it and the base template adds a note.

For links in every app (menu, Min side, training), so that a visitor reading English stays under /en/.
"""

from django.conf import settings
from django.urls import reverse
from django.utils import translation


def language_of(page):
    return page.locale.language_code


def prefix_of(language):
    """The start of every Wagtail page address in ``language``: "/" for Norwegian, "/en/" for English."""
    with translation.override(language):
        return reverse("wagtail_serve", args=("",))


def translation_in(page, language):
    """The live translation of ``page`` in ``language``, or None."""
    if language_of(page) == language:
        return page
    return (
        type(page)
        .objects.live()
        .filter(translation_key=page.translation_key, locale__language_code=language)
        .specific()
        .first()
    )


def shown_in(page, language=None):
    """What a visitor reading ``language`` (default: the active one) is shown for ``page``: the page in that
    language if it is live, else the Norwegian page (the default language is complete), else ``page``."""
    language = language or translation.get_language()
    return translation_in(page, language) or translation_in(page, settings.LANGUAGE_CODE) or page


def address_in(path, from_language, language):
    """``path`` (a page address in ``from_language``) under the prefix of ``language``."""
    own_prefix = prefix_of(from_language)
    if from_language == language or not path.startswith(own_prefix):
        return path
    return prefix_of(language) + path[len(own_prefix) :]


def url_in(page, language=None, request=None):
    """The address of ``page`` for a visitor reading ``language`` (default: the active one)."""
    language = language or translation.get_language()
    shown = shown_in(page, language)
    url = shown.get_url(request)
    if url is None:
        return None
    return address_in(url, language_of(shown), language)


def alternates(page, request=None):
    """(language, address) of every live translation of ``page``, for <link rel="alternate" hreflang>."""
    translations = type(page).objects.live().filter(translation_key=page.translation_key).select_related("locale")
    return [
        (translated.locale.language_code, url)
        for translated in translations.order_by("locale__language_code")
        if (url := translated.get_url(request))
    ]


def equivalent_address(request, path, language):
    """Where the language switch leads from ``path``: the same page for a visitor reading ``language`` (its
    translation, or the Norwegian page under that language's prefix), with any sub-address (a receipt, a quiz
    attempt) kept. Addresses that are not Wagtail pages (Min side, log-in) are the same in every language."""
    from django.http import Http404
    from django.urls import Resolver404, resolve
    from wagtail.models import Site

    from portal.language import language_in_path

    from_language = language_in_path(path) or settings.LANGUAGE_CODE
    with translation.override(from_language):
        try:
            match = resolve(path)
        except Resolver404:
            return path
        site = Site.find_for_request(request)
        if match.url_name != "wagtail_serve" or site is None:
            return path
        components = [component for component in match.args[0].split("/") if component]
        try:
            page = site.root_page.localized.specific.route(request, components).page
        except Http404:
            return path
        here = url_in(page, from_language, request) or ""
    target = url_in(page, language, request)
    if target is None:
        return path
    remainder = path[len(here) :] if here and path.startswith(here) else ""
    return target + remainder


def publish_translation(page, language, fields):
    """The live translation of ``page`` in ``language`` with ``fields`` set, made (as Wagtail's "Translate"
    does, a copy under the translated parent) and published if there is none. Returns (page, created).

    For the demo and seeded content; the parent must have a translation already (the home page first)."""
    from wagtail.models import Locale

    locale, _created = Locale.objects.get_or_create(language_code=language)
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific, False
    translated = page.copy_for_translation(locale).specific
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    translated.refresh_from_db()
    return translated, True
