"""The live training modules as plain data, kept in the cache under the public pages' version.

Min side lists the modules on every view; reading the page tree (modules, their roles, the overview page, the
site for the links) each time cost four queries. The list is the same for everyone: publishing, unpublishing,
moving or deleting a page bumps the version (cms.page_cache), so a change shows at once. Nothing personal is
stored here; a person's progress is read per request.
"""

from dataclasses import dataclass

from portal.published_cache import cached_under_page_version

from ..models import TrainingIndexPage
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


def _entry(module, request):
    return ModuleEntry(
        pk=module.pk,
        title=module.title,
        url=module.get_url(request),
        required_before_approval=module.required_before_approval,
        refresh_interval_months=module.refresh_interval_months,
        retraining_version=module.retraining_version,
        retraining_required_on=module.retraining_required_on,
        role_ids=frozenset(role.pk for role in module.roles.all()),
    )


def _build(request):
    modules = live_modules().defer("body", "intro")
    index = TrainingIndexPage.objects.live().order_by("path").first()
    return Catalogue(
        modules=tuple(_entry(module, request) for module in modules),
        index_url=index.get_url(request) if index else None,
    )


def catalogue(request):
    """The live modules in page-tree order and the overview's address (links as ``request``'s site gives them)."""
    key = f"training-catalogue:{request.get_host()}"
    return cached_under_page_version(key, lambda: _build(request), CACHE_SECONDS)
