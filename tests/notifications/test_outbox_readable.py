"""The outbox reads like plain Norwegian: what each message is, no "None"/"False", times in Oslo time."""

import re

import pytest

from notifications import registry
from notifications.api import send
from notifications.models import OutboundMessage

pytestmark = pytest.mark.django_db


@pytest.fixture
def row(tidgiver, unit, daytime):
    [row] = send(tidgiver, "notifications.group_message", {"tekst": "Temakveld"}, channels=("email",), unit=unit)
    return row


def description():
    from django.utils import translation

    with translation.override("nb"):
        return str(registry.template_default("notifications.group_message").description)


def test_outbox_list_shows_what_the_message_is_not_its_key(staff_client, row):
    text = staff_client.get("/admin/outbox/").text

    assert description() in text
    cells = [re.sub(r"<[^>]+>|\s+", " ", cell).strip() for cell in re.findall(r"<td[^>]*>(.*?)</td>", text, re.S)]
    assert description() in cells
    assert "notifications.group_message" not in cells


def test_outbox_detail_shows_no_none_or_false_and_oslo_time(staff_client, row):
    OutboundMessage.objects.filter(pk=row.pk).update(sent_at=None, provider_id="")

    text = staff_client.get(f"/admin/outbox/inspect/{row.pk}/").text
    values = re.findall(r"<dd[^>]*>\s*(.*?)\s*</dd>", text, flags=re.S)

    assert "None" not in values and "False" not in values and "True" not in values
    assert "Nei" in values  # urgent: no
    assert "10.03.2026 13:00" in values  # created at noon UTC = 13:00 in Oslo
    assert description() in values
