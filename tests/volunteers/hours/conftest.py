import pytest

from tests.volunteers.hours.factories import make_volunteer


@pytest.fixture
def volunteer(unit, tidgiver):
    return make_volunteer(unit, user=tidgiver)


from tests.notifications.conftest import daytime, twilio  # noqa: E402, F401  (the SMS tests use them)
from tests.training.conftest import make_module, training_index  # noqa: E402, F401  (the worklist tests use them)
