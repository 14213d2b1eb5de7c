"""The message preferences Min side shows, from the cache: one query less on the page people open most.

Per person: the key holds the person's id, so nobody is ever shown another's. Saving or deleting the
preference (the form, erasure, a deleted account) forgets it (at once and again when the change is committed), so
the next view reads the database. Sending never reads this: it asks ``recipients`` (the database) each time.
"""

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save

from .recipients import language_of, preference_of

CACHE_SECONDS = 60 * 60


def _key(user_id):
    return f"shown-contact-preference:{user_id}"


def shown_preference(user):
    """(channels, language) of ``user``, as ``preference_of`` and ``language_of`` answer."""
    key = _key(user.pk)
    found = cache.get(key)
    if found is None:
        found = (preference_of(user), language_of(user))
        cache.set(key, found, CACHE_SECONDS)
    return found


def forget_shown_preference(sender, instance, **kwargs):
    # Now, and again after the commit: a view that read the old row meanwhile may have stored it.
    key = _key(instance.user_id)
    cache.delete(key)
    transaction.on_commit(lambda: cache.delete(key))


def connect_signals():
    from ..models import ContactPreference

    for signal in (post_save, post_delete):
        signal.connect(forget_shown_preference, sender=ContactPreference, dispatch_uid=f"shown-preference-{id(signal)}")
