"""Every URL pattern of the project is in the matrix, and each role gets exactly what the matrix says."""

import pytest
from django.core.cache import cache
from django.db import transaction
from django.urls import resolve as resolve_url

from tests.matrix import ROLES, outcome
from tests.permission_matrix import ANY, World, expand, fixtures, prefixes, resolve, rows, rule_for, url_patterns


def test_every_url_pattern_is_in_the_matrix():
    all_rows, all_prefixes = rows(), prefixes()
    patterns = url_patterns()
    missing = [pattern.route for pattern in patterns if rule_for(pattern.route, all_rows, all_prefixes) is None]
    assert missing == [], "Add these routes to a module in tests/permission_matrix/ (see its __init__)"


@pytest.mark.urls("tests.permission_matrix._unlisted_urls")
def test_every_url_pattern_is_in_the_matrix_fails_for_a_new_pattern():
    all_rows, all_prefixes = rows(), prefixes()
    missing = [pattern.route for pattern in url_patterns() if rule_for(pattern.route, all_rows, all_prefixes) is None]
    assert missing == ["ny-side/<int:pk>/"]


def test_every_matrix_row_names_an_existing_pattern():
    routes = {pattern.route for pattern in url_patterns()}
    assert sorted(key for key in rows() if not key.startswith("/") and key not in routes) == []
    for key in rows():
        if key.startswith("/"):
            resolve_url(key.partition("?")[0])  # a concrete URL must reach a real view
    assert sorted(prefix for prefix in prefixes() if not any(route.startswith(prefix) for route in routes)) == []


def test_every_row_with_arguments_says_which_url():
    all_rows = rows()
    literal = {pattern.route for pattern in url_patterns() if pattern.literal}
    needs_url = [key for key, row in all_rows.items() if row.url is None and not key.startswith("/")]
    assert sorted(route for route in needs_url if route not in literal) == []


class _RolledBack(Exception):
    pass


def _request(client, method, url, data):
    """One request whose database writes, cache entries and cookie changes are undone afterwards."""
    cookies = client.cookies
    client.cookies = type(cookies)(cookies)
    response = None
    try:
        with transaction.atomic():
            response = getattr(client, method)(url, data) if method == "post" else client.get(url)
            raise _RolledBack
    except _RolledBack:
        pass
    finally:
        client.cookies = cookies
        cache.clear()
    return response


def _checks():
    """(route, url, data, expected GET, expected POST) for every request the matrix makes."""
    all_rows, all_prefixes = rows(), prefixes()
    for route, row in all_rows.items():
        url = row.url or (route if route.startswith("/") else "/" + route)
        yield route, url, row.data, row.get, row.post
    for prefix, rule in all_prefixes.items():
        covered = [
            pattern
            for pattern in url_patterns()
            if pattern.literal
            and rule_for(pattern.route, all_rows, all_prefixes) is rule
            and pattern.route not in all_rows
        ]
        for pattern in covered:
            yield f"{prefix}* {pattern.route}", pattern.url, {}, rule.get, rule.post
        for sample in rule.samples:
            yield f"{prefix}* {sample}", sample, {}, rule.get, rule.post


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
def test_permission_matrix(client_as, home_page, role):
    base = {"unit": client_as.users["coordinator"].memberships.get().unit, "home_page": home_page}
    base["other_unit"] = client_as.users["other_coordinator"].memberships.get().unit
    base.update(client_as.users)
    all_fixtures = fixtures()
    world = World(base, all_fixtures)
    for name in all_fixtures:  # all built before the first request: answers must not depend on row order
        getattr(world, name)
    client = client_as(role)  # one logged-in client for the whole walk
    client.raise_request_exception = False
    index = ROLES.index(role)
    wrong = []
    for label, url, data, expected_get, expected_post in _checks():
        url = resolve(url, world)
        got = outcome(_request(client, "get", url, None))
        expected = expand(expected_get, world)[index]
        if expected != ANY and got != expected:
            wrong.append(f"GET {url} ({label}): expected {expected!r}, got {got!r}")
        if expected_post is not None:
            got = outcome(_request(client, "post", url, resolve(data, world)))
            expected = expand(expected_post, world)[index]
            if expected != ANY and got != expected:
                wrong.append(f"POST {url} ({label}): expected {expected!r}, got {got!r}")
    assert not wrong, f"{len(wrong)} answers differ from the matrix:\n" + "\n".join(wrong)
