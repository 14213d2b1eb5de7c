"""The site's menu and footer are the same for everyone: logged-in pages take them from the cache too."""

from django import template

from cms.page_cache import public_pages_version

register = template.Library()


@register.simple_tag
def chrome_version():
    """Part of the cache key of the menu and footer: publishing a page or saving a setting changes it."""
    return public_pages_version()
