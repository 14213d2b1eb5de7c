"""The live SMS segment counter in the template editor (JS from a static file, under the site's CSP)."""

import pytest

from notifications import registry
from notifications.domain.segments import count_segments
from notifications.models import MessageTemplate

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def editor_page(superuser_page):
    superuser_page.goto("/admin/message_templates/")  # the listing creates a row for every registered key
    template = MessageTemplate.objects.get(key="notifications.sms_help")
    superuser_page.goto(f"/admin/message_templates/edit/{template.pk}/")
    return superuser_page


def test_template_editor_counts_segments_live(editor_page):
    default = registry.template_default("notifications.sms_help").sms["nb"]
    counter = editor_page.locator("#id_sms_nb + .template-preview .template-preview__count")
    assert counter.text_content() == f"{len(default)} tegn · {count_segments(default).segments} SMS (GSM-7)"

    editor_page.fill("#id_sms_nb", "Hei {fornavn}! Blåbær og ærfugl.")
    assert counter.text_content() == "27 tegn · 1 SMS (GSM-7)"  # counted on the filled-in text
    preview = editor_page.locator("#id_sms_nb + .template-preview .template-preview__text")
    assert preview.text_content() == "Hei Kari! Blåbær og ærfugl."

    long_text = "Hei 👋 " + "x" * 300  # the emoji is one character but two UCS-2 units: 307 units, 5 SMS
    editor_page.fill("#id_sms_nb", long_text)
    assert count_segments(long_text).segments == 5
    assert counter.text_content() == (
        "306 tegn · 5 SMS (UCS-2) Lengre enn 3 SMS: hver melding koster 5 SMS. Prøv å korte den ned."
    )
    assert "template-preview__count--warning" in counter.get_attribute("class")
