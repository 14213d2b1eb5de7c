from django.shortcuts import redirect
from django.utils import translation
from wagtail import hooks

from portal.language import chosen_language
from portal.localized import address_in, language_of, translation_in, url_in

from .page_cache import mark_public_page


@hooks.register("before_serve_page")
def follow_chosen_language(page, request, serve_args, serve_kwargs):
    """Send a reader to the page in their language (registered before the cache mark: a redirect is not stored):

    - someone who chose English with the switch, at a Norwegian address (an old link, an e-mail): the English
      version, or the Norwegian page under /en/ with its note;
    - a Norwegian page reached under /en/ (HomePage.route's fallback) that has an English version after all.
    """
    if request.method not in ("GET", "HEAD"):
        return None
    language = translation.get_language()  # the address's language (portal.language)
    wanted = chosen_language(request)
    if wanted == language:
        translated = translation_in(page, language) if language_of(page) != language else None
        if translated is None:
            return None
        target = translated.get_url(request)
    else:
        target = url_in(page, wanted, request)
    here = address_in(page.get_url(request) or "", language_of(page), language)
    remainder = request.path[len(here) :] if here and request.path.startswith(here) else ""
    return redirect(target + remainder) if target else None


@hooks.register("before_serve_page")
def remember_public_page(page, request, serve_args, serve_kwargs):
    mark_public_page(request, page)
