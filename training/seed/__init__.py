"""The seeded training content (Norwegian) and the idempotent loader behind `manage.py seed_training`."""

from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from wagtail.models import PageViewRestriction, Site

from portal.org.models import VolunteerRole

from ..models import TrainingIndexPage, TrainingModulePage
from . import grensesetting, hverdagskompetanse, krise, recovery, rollen, taushetsplikt
from .translate import seed_english_training

MODULES = [
    recovery.MODULE,
    grensesetting.MODULE,
    taushetsplikt.MODULE,
    krise.MODULE,
    rollen.MODULE,
    hverdagskompetanse.MODULE,
]

INDEX = {
    "title": "Opplæring for Tidgivere",
    "slug": "opplaering",
    "intro": "<p>Her finner du modulene du skal gjennom som Tidgiver. Hver modul tar 15–25 minutter og slutter "
    "med en quiz. Du kan prøve tre ganger om dagen.</p>",
}


def norwegian(queryset):
    return queryset.filter(locale__language_code=settings.LANGUAGE_CODE)


class NoSite(Exception):
    """There is no default Wagtail site to put the training pages under."""


@dataclass(frozen=True)
class Seeded:
    title: str
    question_count: int
    created: bool


def question_count(spec):
    return sum(1 for block_type, _value in spec["body"] if block_type == "question")


def index_page():
    """The training overview under the site's home page, created once and private to logged-in people."""
    index = TrainingIndexPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    if index is None:
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site is None:
            raise NoSite
        index = site.root_page.add_child(instance=TrainingIndexPage(**INDEX))
        index.save_revision().publish()
    PageViewRestriction.objects.get_or_create(page=index, restriction_type=PageViewRestriction.LOGIN)
    return index


def add_module(index, spec):
    fields = {key: value for key, value in spec.items() if key != "roles"}
    module = TrainingModulePage(**fields)
    module.roles = list(VolunteerRole.objects.filter(slug__in=spec["roles"]))
    index.add_child(instance=module)
    module.save_revision().publish()
    return module


@transaction.atomic
def seed_training():
    """Create what is missing; modules that exist (by slug) are left as editors have made them."""
    index = index_page()
    existing = set(norwegian(TrainingModulePage.objects).values_list("slug", flat=True))
    seeded = []
    for spec in MODULES:
        created = spec["slug"] not in existing
        if created:
            add_module(index, spec)
        seeded.append(Seeded(spec["title"], question_count(spec), created))
    seed_english_training(index)
    return seeded
