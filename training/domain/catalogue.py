"""The live training modules as plain data, kept in the cache under the public pages' version.

Min side lists the modules on every view; reading the page tree (modules, their roles, the overview page, the
site for the links) each time cost four queries. The list is the same for everyone: publishing, unpublishing,
moving or deleting a page bumps the version (cms.page_cache), so a change shows at once. Nothing personal is
stored here; a person's progress is read per request. One list per language: each module is listed by its
Norwegian page (progress belongs to it, see domain.translations) under the title and address it is read in.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils import translation

from portal.localized import address_in, url_in
from portal.published_cache import cached_under_page_version

from ..models import TrainingIndexPage, TrainingModulePage
from .access import live_modules

CACHE_SECONDS = 24 * 60 * 60


@dataclass(frozen=True)
class ModuleEntry:
    """What a module list needs of a TrainingModulePage (status_of reads the same attribute names)."""

    pk: int
    title: str
    url: str
    required_before_approval: bool
    refresh_interval_months: int
    retraining_version: int
    retraining_required_on: object
    role_ids: frozenset

    def applies_to_role_ids(self, role_ids):
        return not self.role_ids or bool(self.role_ids & set(role_ids))


@dataclass(frozen=True)
class Catalogue:
    modules: tuple
    index_url: str | None


def _entry(module, shown, request, language):
    if shown is not None:
        url = shown.get_url(request)
    else:
        url = address_in(module.get_url(request) or "", settings.LANGUAGE_CODE, language)
    return ModuleEntry(
        pk=module.pk,
        title=(shown or module).title,
        url=url,
        required_before_approval=module.required_before_approval,
        refresh_interval_months=module.refresh_interval_months,
        retraining_version=module.retraining_version,
        retraining_required_on=module.retraining_required_on,
        role_ids=frozenset(role.pk for role in module.roles.all()),
    )


def _translations(modules, language):
    """{translation key: the live page in ``language``} for the modules (none for Norwegian: they are the pages)."""
    if language == settings.LANGUAGE_CODE:
        return {}
    pages = TrainingModulePage.objects.live().filter(
        translation_key__in=[module.translation_key for module in modules], locale__language_code=language
    )
    return {page.translation_key: page for page in pages.defer("body", "intro")}


def _build(request, language):
    modules = list(live_modules().defer("body", "intro"))
    translated = _translations(modules, language)
    index = TrainingIndexPage.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE).first()
    return Catalogue(
        modules=tuple(_entry(m, translated.get(m.translation_key), request, language) for m in modules),
        index_url=url_in(index, language, request=request) if index else None,
    )


def catalogue(request):
    """The live modules in page-tree order and the overview's address, in the active language (links as
    ``request``'s site gives them)."""
    language = translation.get_language()
    key = f"training-catalogue:{language}:{request.get_host()}"
    return cached_under_page_version(key, lambda: _build(request, language), CACHE_SECONDS)
