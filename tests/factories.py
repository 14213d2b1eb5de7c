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


def make_volunteer(
    unit,
    user=None,
    *,
    status="active",
    volunteer_role=None,
    profile=True,
    first_name=None,
    email=None,
    **profile_fields,
):
    """An approved Tidgiver profile in `unit` with a matching profile (capacity 1, not paused, unless given)."""
    from django.utils import timezone

    from volunteers.matching.models import MatchingProfile
    from volunteers.models import Volunteer

    if user is None:
        first_name = first_name or f"Tidgiver{next(_counter)}"
        user = make_member(unit, Role.TIDGIVER, volunteer_role, first_name=first_name, email=email)
    volunteer = Volunteer.objects.create(
        user=user, unit=unit, status=status, volunteer_role=volunteer_role, approved_at=timezone.now()
    )
    if profile:
        MatchingProfile.objects.create(unit=unit, volunteer=volunteer, **profile_fields)
    return volunteer


def make_participant(unit, **fields):
    """A participant waiting for a Tidgiver, registered with consent."""
    from django.utils import timezone

    from volunteers.participants.models import Participant

    number = next(_counter)
    fields.setdefault("display_name", f"Deltaker{number}")
    fields.setdefault("code", f"P-{number:04d}")
    fields.setdefault("consent_given_on", timezone.localdate())
    fields.setdefault("consent_text_version", "2026-1")
    return Participant.objects.create(unit=unit, **fields)
