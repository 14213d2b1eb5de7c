import os

import pytest
from django.core.cache import cache

from portal.org.enums import Role
from tests import factories

# Playwright's sync API runs an event loop in the test thread; the ORM must still be usable there.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(autouse=True)
def _clear_cache():
    """Rate limits and other cached state must not leak between tests."""
    from cms.page_cache import forget_worker_copies

    cache.clear()
    forget_worker_copies()
    yield
    cache.clear()
    forget_worker_copies()


@pytest.fixture
def unit(db):
    return factories.make_unit("Drammen", slug="drammen")


@pytest.fixture
def other_unit(db):
    return factories.make_unit("Oslo", slug="oslo")


@pytest.fixture
def tidgiver(unit):
    return factories.make_member(unit, Role.TIDGIVER, first_name="Tone", email="tone@example.org")


@pytest.fixture
def coordinator(unit):
    return factories.make_member(unit, Role.COORDINATOR, first_name="Kari", email="kari@example.org")


@pytest.fixture
def other_coordinator(other_unit):
    return factories.make_member(other_unit, Role.COORDINATOR, first_name="Ola", email="ola@example.org")


@pytest.fixture
def superuser(db):
    return factories.make_superuser(email="admin@example.org")


@pytest.fixture
def staff_client(client, coordinator):
    """A coordinator logged in with TOTP set up and used in this session, so the back office lets them in."""
    from tests.mfa import log_in_with_mfa

    log_in_with_mfa(client, coordinator)
    return client


@pytest.fixture
def home_page(db):
    """The site's home page. Recreated when a transactional test has flushed Wagtail's tree."""
    from tests.wagtail_tree import ensure_home_page

    return ensure_home_page()


@pytest.fixture
def unit_admin(unit):
    return factories.make_member(unit, Role.UNIT_ADMIN, first_name="Una", email="una@example.org")


@pytest.fixture
def client_as(unit, other_unit, coordinator, other_coordinator, unit_admin, tidgiver, superuser):
    """A function giving a logged-in test client for a role named in tests/matrix.py.

    ``client_as.users`` maps each role (but anonymous) to its user.
    """
    from django.test import Client

    from tests.mfa import activate_totp, log_in_with_mfa

    applicant = factories.make_member(unit, Role.APPLICANT, first_name="Siri", email="siri@example.org")
    users = {
        "applicant": applicant,
        "tidgiver": tidgiver,
        "coordinator": coordinator,
        "other_coordinator": other_coordinator,
        "unit_admin": unit_admin,
        "superuser": superuser,
    }
    for staff in (coordinator, other_coordinator, unit_admin, superuser):
        activate_totp(staff)

    def make(role):
        client = Client()
        if role in ("coordinator", "other_coordinator", "unit_admin", "superuser"):
            log_in_with_mfa(client, users[role])
        elif role != "anonymous":
            client.force_login(users[role])
        return client

    make.users = users
    return make
