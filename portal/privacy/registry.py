"""What each app holds about a person, and how it forgets them: the one list "download my data" and "delete me"
walk. Apps add their part from ``AppConfig.ready()`` (this module imports nothing of theirs):

    from portal.privacy.registry import register
    register("matches", title=_("Matches"), collect=matches_of, erase=forget_matches, blocks_erasure=active_match)

- ``collect(user)`` returns JSON-ready data (lists, dicts, text, numbers; dates as ISO text). About participants
  it returns a display name at most, never their record.
- ``erase(user)`` anonymises what the app holds about the person and keeps what statistics need (counts,
  dates, units, roles). It runs inside the erasure's transaction, before the account itself is anonymised.
- ``blocks_erasure(user)`` returns a reason (text for the coordinator and the person) while something must keep
  the person as they are, e.g. an active match; None otherwise. An erasure waits until no part blocks it.
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Part:
    key: str
    title: object
    collect: Callable | None = None
    erase: Callable | None = None
    blocks_erasure: Callable | None = None


_parts: dict[str, Part] = {}


def register(key, *, title, collect=None, erase=None, blocks_erasure=None):
    """Add (or replace, e.g. on a second ready()) the part ``key``. Parts keep the order they were first added in."""
    _parts[key] = Part(key, title, collect, erase, blocks_erasure)


def parts():
    return list(_parts.values())
