import pytest

from tests.volunteers.hours.factories import make_volunteer


@pytest.fixture
def volunteer(unit, tidgiver):
    return make_volunteer(unit, user=tidgiver)


from tests.notifications.conftest import daytime, twilio  # noqa: E402, F401  (the SMS tests use them)
