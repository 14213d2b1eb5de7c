"""The English versions of the seeded training: translations (Wagtail's i18n) of the overview and each module.

Made only where the site's home page has an English version, and only where a module has none yet, so
translations editors have made are left alone. Progress stays with the Norwegian module (domain.translations).
"""

from django.conf import settings
from wagtail.models import PageViewRestriction

from portal.localized import publish_translation, translation_in

from ..models import TrainingModulePage
from . import english

LANGUAGE = "en"


def seed_english_training(index):
    """Translate the overview and every seeded module that lacks an English version; returns how many were made."""
    home = index.get_parent().specific
    if translation_in(home, LANGUAGE) is None:
        return 0
    english_index, made = publish_translation(index, LANGUAGE, english.INDEX)
    PageViewRestriction.objects.get_or_create(page=english_index, restriction_type=PageViewRestriction.LOGIN)
    count = int(made)
    modules = TrainingModulePage.objects.child_of(index).filter(locale__language_code=settings.LANGUAGE_CODE)
    translations = english.modules()
    for module in modules:
        spec = translations.get(module.slug)
        if spec is not None:
            count += publish_translation(module, LANGUAGE, spec)[1]
    return count
