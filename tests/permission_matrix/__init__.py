"""The permission matrix over every URL pattern: what each role gets for GET and POST.

Each app has its own module here (``tests/permission_matrix/<app>.py``) exporting up to three names:

``ROWS``      {route: Row(get=..., post=..., url=...)}: one row per URL pattern, keyed by its full route as
              Django spells it (``"admin/people/edit/<int:pk>/"``; ``python -m tests.permission_matrix``
              prints every route and marks those not yet covered). A key starting with "/" is a concrete
              URL instead: an extra check (``"/admin/people/?export=csv"``, a page Wagtail serves).
``PREFIXES``  {route prefix: Prefix(...)}: one expectation for every pattern under a prefix without an
              explicit row (library viewsets such as Wagtail's workflows). The prefix's argument-free
              patterns and its ``samples`` are requested.
``FIXTURES``  {name: callable(world) -> object}: objects the rows' URLs point at (``world.application``),
              all built before each role's walk (a fixture may use another). ``world`` also has ``unit``,
              ``other_unit``, ``home_page`` and one user per role (``world.coordinator``...).

Expected outcomes are 7-tuples in ``ROLES`` order (codes: tests/matrix.py); ``staff(...)`` builds the
common "log in, then what staff get" tuple. Strings may name fixtures (``"redirect:/x/{w.volunteer.pk}/"``);
``ANY`` is not checked; ``post=None`` says there is no POST to check. Each request runs in a savepoint
that is rolled back, so rows cannot disturb each other.
"""

import importlib
import pkgutil
import re
from dataclasses import dataclass, field

from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import RoutePattern

from tests.matrix import ROLES

ANY = "*"  # not a permission question (e.g. what a library form answers an empty POST from a superuser)
LOGIN = ("login",) * 7
OK_FOR_ALL = ("ok",) * 7
LOGGED_IN = ("login", "ok", "ok", "ok", "ok", "ok", "ok")
STAFF = ("login", "login", "login", "ok", "ok", "ok", "ok")
OWN_UNIT = ("login", "login", "login", "ok", "404", "ok", "ok")
SUPERUSER = ("login", "login", "login", "denied", "denied", "denied", "ok")
NOT_FOUND = ("404",) * 7


def staff(coordinator, other_coordinator=None, unit_admin=None, superuser=None):
    """Anonymous, applicant and Tidgiver are sent to log in; the four staff roles get what is given."""
    other_coordinator = coordinator if other_coordinator is None else other_coordinator
    unit_admin = coordinator if unit_admin is None else unit_admin
    superuser = unit_admin if superuser is None else superuser
    return ("login", "login", "login", coordinator, other_coordinator, unit_admin, superuser)


@dataclass(frozen=True)
class Row:
    get: tuple
    post: tuple | None
    url: str | object = None  # a callable(world) for routes with arguments; None: the route itself
    data: dict | object = field(default_factory=dict)  # POST body, or a callable(world) giving it

    def __post_init__(self):
        for expected in (self.get, self.post):
            assert expected is None or len(expected) == len(ROLES), expected


@dataclass(frozen=True)
class Prefix:
    get: tuple
    post: tuple | None
    samples: tuple = ()  # concrete URLs (or callables(world)) of patterns with arguments

    def __post_init__(self):
        for expected in (self.get, self.post):
            assert expected is None or len(expected) == len(ROLES), expected


@dataclass(frozen=True)
class Pattern:
    route: str
    name: str | None
    literal: bool  # no arguments: the route is the URL

    @property
    def url(self):
        return "/" + self.route


def url_patterns():
    """Every URL pattern of the project, with its full route."""

    def walk(resolver, prefix, literal):
        for entry in resolver.url_patterns:
            route = prefix + str(entry.pattern)
            plain = literal and isinstance(entry.pattern, RoutePattern) and not entry.pattern.converters
            if isinstance(entry, URLResolver):
                yield from walk(entry, route, plain)
            elif isinstance(entry, URLPattern):
                yield Pattern(route, entry.name, plain and not re.search(r"[\^$(\\]", route))

    return list(walk(get_resolver(), "", True))


def app_modules():
    import tests.permission_matrix as package

    for info in pkgutil.iter_modules(package.__path__):
        if not info.name.startswith("test_") and not info.name.startswith("_"):
            yield importlib.import_module(f"{package.__name__}.{info.name}")


def _merged(attribute):
    merged = {}
    for module in app_modules():
        for key, value in getattr(module, attribute, {}).items():
            assert key not in merged, f"{key!r} is in two matrix modules ({module.__name__})"
            merged[key] = value
    return merged


def rows():
    return _merged("ROWS")


def prefixes():
    return _merged("PREFIXES")


def fixtures():
    return _merged("FIXTURES")


def rule_for(route, all_rows, all_prefixes):
    """The explicit row for a route, else the longest prefix rule covering it, else None."""
    if route in all_rows:
        return all_rows[route]
    matching = [prefix for prefix in all_prefixes if route.startswith(prefix)]
    return all_prefixes[max(matching, key=len)] if matching else None


class World:
    """The objects the matrix's URLs point at, built on first use from the modules' FIXTURES."""

    def __init__(self, base, factories):
        self.__dict__.update(base)
        self._factories = factories

    def __getattr__(self, name):
        if name.startswith("_") or name not in self._factories:
            raise AttributeError(f"no matrix fixture {name!r}: add it to FIXTURES in an app's matrix module")
        value = self._factories[name](self)
        setattr(self, name, value)
        return value


def resolve(value, world):
    return value(world) if callable(value) else value


def expand(expected, world):
    return tuple(item.format(w=world) if isinstance(item, str) else item for item in expected)
