"""A person with something in every part: an application, a signed declaration, training, messages."""

import datetime

import pytest
from django.utils import timezone

from notifications.api import send
from portal.privacy import registry
from tests.training.conftest import make_module, training_index  # noqa: F401  (fixtures)
from tests.volunteers.conftest import form_page, make_application  # noqa: F401  (fixture)
from training.models import ModuleProgress
from volunteers.enums import ApplicationState
from volunteers.models import ConfidentialityDeclaration, ConfidentialitySignature


@pytest.fixture
def applicant_with_data(unit, make_module):  # noqa: F811
    application = make_application(
        unit,
        state=ApplicationState.DECLARATIONS,
        first_name="Siri",
        last_name="Hansen",
        email="siri.hansen@example.org",
        phone="+4741234567",
        motivation="Jeg vil gi noe tilbake.",
        rejection_reason="Internt: ring referansen igjen.",
    )
    user = application.user
    declaration = ConfidentialityDeclaration.objects.create(text="Jeg lover å bevare taushet.")
    ConfidentialitySignature.objects.create(user=user, declaration=declaration, full_name="Siri Hansen")
    module = make_module("Grensesetting")
    ModuleProgress.objects.create(
        user=user, module=module, attempt_count=1, passed_at=timezone.now() - datetime.timedelta(days=1)
    )
    send(user, "volunteers.sign_declaration", channels=("email",), unit=unit)
    return application


@pytest.fixture
def extra_part(monkeypatch):
    """Register a part the way a later app (matching, hours) does, for this test only."""
    monkeypatch.setattr(registry, "_parts", dict(registry._parts))

    def add(key, **kwargs):
        registry.register(key, title=key.title(), **kwargs)

    return add
