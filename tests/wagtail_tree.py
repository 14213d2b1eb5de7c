"""Wagtail's root page, locale and site come from migrations; transactional tests flush them. Recreate."""

from django.conf import settings
from wagtail.models import Locale, Page, Site

from cms.models import HomePage


def ensure_home_page():
    locale, _created = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    home = HomePage.objects.first()
    if home is None:
        home = root.add_child(instance=HomePage(title="Et helt vanlig liv", slug="hjem", locale=locale))
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home}
    )
    return home
