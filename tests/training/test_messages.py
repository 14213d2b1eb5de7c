"""The reminder template training registers with notifications: its description follows the language."""

import pytest
from django.utils import translation

from notifications import registry
from tests.mfa import log_in_with_mfa
from training.messages import REMINDER

NB = "Påminnelse fra en koordinator til en som ikke er ferdig med påkrevd opplæring, eller som skal ta den på nytt."
EN = "Reminder from a coordinator to someone whose required training is not done or is due again."


@pytest.mark.parametrize(("language", "expected"), [("nb", NB), ("en", EN)])
def test_messages_reminder_description_is_translated(language, expected):
    with translation.override(language):
        assert str(registry.template_default(REMINDER).description) == expected


@pytest.mark.django_db
def test_messages_reminder_description_in_back_office_list(client, superuser):
    log_in_with_mfa(client, superuser)
    page = client.get("/admin/message_templates/?q=training")
    assert page.status_code == 200
    assert NB in page.text
