"""Small factories for people, units and roles. Plain functions: explicit, no magic."""

import itertools

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from portal.org.domain import set_membership
from portal.org.enums import Role
from portal.org.models import Unit, VolunteerRole

PASSWORD = "a-long-test-password"
_counter = itertools.count(1)


def make_unit(name=None, **fields):
    number = next(_counter)
    name = name or f"Enhet {number}"
    fields.setdefault("slug", f"enhet-{number}")
    fields.setdefault("municipality", name)
    return Unit.objects.create(name=name, **fields)


def make_volunteer_role(name=None, **fields):
    number = next(_counter)
    name = name or f"Rolle {number}"
    fields.setdefault("slug", f"rolle-{number}")
    return VolunteerRole.objects.create(name=name, **fields)


def make_user(email=None, password=PASSWORD, verified=True, **fields):
    email = email or f"person{next(_counter)}@example.org"
    fields.setdefault("first_name", "Test")
    fields.setdefault("last_name", "Person")
    user = get_user_model().objects.create_user(email=email, password=password, **fields)
    EmailAddress.objects.create(user=user, email=email, verified=verified, primary=True)
    return user


def make_member(unit, role=Role.TIDGIVER, volunteer_role=None, **user_fields):
    user = make_user(**user_fields)
    set_membership(user, unit, role, volunteer_role)
    return user


def make_superuser(**fields):
    fields.setdefault("is_staff", True)
    fields.setdefault("is_superuser", True)
    return make_user(**fields)
