"""Fixtures for the volunteers tests: applications in any state, roles, and the training seam."""

import datetime
import itertools

import pytest
from django.utils import timezone

from portal.org.domain import set_membership
from portal.org.enums import Role
from tests import factories
from volunteers.enums import ApplicationState, Interest
from volunteers.models import Application, ConfidentialityDeclaration

_numbers = itertools.count(1)


@pytest.fixture
def role(db):
    return factories.make_volunteer_role("Aktivitetsvenn", slug="aktivitetsvenn")


@pytest.fixture
def police_role(db):
    return factories.make_volunteer_role("Ungdomstidgiver", slug="ungdomstidgiver", requires_police_certificate=True)


@pytest.fixture
def declaration(db):
    return ConfidentialityDeclaration.objects.create(text="Jeg lover å bevare taushet om det jeg får vite.")


class TrainingSeam:
    """Stands in for `training.api.required_complete` where a test decides whether training is done."""

    def __init__(self):
        self.complete = False
        self.calls = []

    def __call__(self, user, volunteer_role):
        self.calls.append((user, volunteer_role))
        return self.complete


@pytest.fixture(autouse=True)
def training(monkeypatch):
    seam = TrainingSeam()
    monkeypatch.setattr("volunteers.domain.checklist.training_complete", seam)
    return seam


def make_application(unit, *, state=ApplicationState.RECEIVED, volunteer_role=None, with_user=True, **fields):
    number = next(_numbers)
    now = timezone.now()
    fields.setdefault("first_name", "Siri")
    fields.setdefault("last_name", f"Søker{number}")
    fields.setdefault("email", f"soker{number}@example.org")
    fields.setdefault("phone", f"+474100{number:04d}")
    fields.setdefault("postal_code", "3015")
    fields.setdefault("postal_place", "Drammen")
    fields.setdefault("date_of_birth", datetime.date(1990, 5, 17))
    fields.setdefault("interests", [Interest.CULTURE, Interest.SPORT_OUTDOOR])
    fields.setdefault("privacy_notice_version", "2026-1")
    fields.setdefault("consented_at", now)
    if with_user and "user" not in fields:
        fields["user"] = factories.make_user(
            email=fields["email"], first_name=fields["first_name"], last_name=fields["last_name"]
        )
        set_membership(fields["user"], unit, Role.APPLICANT, volunteer_role)
    return Application.objects.create(unit=unit, state=state, volunteer_role=volunteer_role, **fields)


@pytest.fixture
def application(unit, role):
    return make_application(unit, volunteer_role=role)


@pytest.fixture
def form_page(home_page, unit):
    from .pages import make_recruitment_pages

    return make_recruitment_pages(home_page, unit)[1]


def form_data(**overrides):
    data = {
        "first_name": "Siri",
        "last_name": "Hansen",
        "phone": "412 34 567",
        "email": "siri.hansen@example.org",
        "postal_code": "3015",
        "postal_place": "Drammen",
        "date_of_birth": "1990-05-17",
        "interests": ["culture", "sport_outdoor"],
        "competencies": "Fotball og matlaging",
        "languages": "norsk, engelsk",
        "lived_experience": "",
        "available_days": ["mon", "thu"],
        "available_times": ["evening"],
        "motivation": "Jeg vil gi noe tilbake.",
        "heard_about": "En venn",
        "consent": "on",
        "website": "",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}
