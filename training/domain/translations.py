"""A module and its translations are one module: progress, attempts and the approval gate belong to the
Norwegian page (the default language); an English page is the same module in other words.

So a person who passed in English has passed the module, the required-training checks count each module
once, and the Norwegian page's settings (roles, pass mark, refresh, retraining version) apply to all of them.
"""

import dataclasses

from django.conf import settings
from django.db.models import Exists, OuterRef, Q
from django.utils import translation

from portal.localized import address_in

from ..models import TrainingModulePage


def in_default_language():
    """A filter for the pages that stand for their module: Norwegian ones, and any without a Norwegian page."""
    norwegian = Q(locale__language_code=settings.LANGUAGE_CODE)
    has_norwegian = Exists(
        TrainingModulePage.objects.filter(
            translation_key=OuterRef("translation_key"), locale__language_code=settings.LANGUAGE_CODE
        )
    )
    return norwegian | ~has_norwegian


def module_of(page):
    """The module ``page`` is a version of (itself when it is the Norwegian page)."""
    if page.locale.language_code == settings.LANGUAGE_CODE:
        return page
    norwegian = TrainingModulePage.objects.filter(
        translation_key=page.translation_key, locale__language_code=settings.LANGUAGE_CODE
    ).first()
    return norwegian or page


def in_language(statuses, request=None, language=None):
    """``statuses`` with the page each module is read in for ``language`` (default: the active one) and its
    address: the live translation, else the Norwegian page under that language's prefix. One query."""
    language = language or translation.get_language()
    translated = {}
    if language != settings.LANGUAGE_CODE:
        pages = TrainingModulePage.objects.live().filter(
            translation_key__in=[status.module.translation_key for status in statuses],
            locale__language_code=language,
        )
        translated = {page.translation_key: page for page in pages}
    shown = []
    for status in statuses:
        page = translated.get(status.module.translation_key)
        if page is not None:
            url = page.get_url(request)
        else:
            url = address_in(status.module.get_url(request) or "", settings.LANGUAGE_CODE, language)
        shown.append(dataclasses.replace(status, shown=page or status.module, url=url))
    return shown
