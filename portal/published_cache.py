"""Data that every visitor sees alike, cached with the public pages' version (cms.page_cache) inside the value.

For the apps that may not import cms (training, volunteers): the project level lends them the version.
One round trip (the version and the value in one MGET) instead of two (the version, then a key holding it).
A value stored under an older version is rebuilt: publishing a page or saving a snippet shows at once.
"""

from django.core.cache import cache

from cms.page_cache import VERSION_KEY, public_pages_version


def cached_under_page_version(key, build, timeout):
    """``build()``'s result for the current version of the public pages; never anything personal."""
    found = cache.get_many([VERSION_KEY, key])
    version = found.get(VERSION_KEY)
    if version is None:
        version = public_pages_version()
    stored = found.get(key)
    if stored is not None and stored[0] == version:
        return stored[1]
    value = build()  # (read before building: a change published meanwhile makes the next view rebuild)
    cache.set(key, (version, value), timeout)
    return value
