"""A person's preferred language picks the template text (Norwegian unless they chose English)."""

import pytest

from notifications.api import send
from notifications.models import ContactPreference, MessageTemplate

pytestmark = pytest.mark.django_db


def test_send_to_english_preferring_tidgiver_uses_english_text(tone, daytime):
    ContactPreference.objects.create(user=tone, language="en")

    [row] = send(tone, "notifications.sms_help", {}, channels=("sms",))

    assert (row.language, row.body) == (
        "en",
        "Thank you for your message! Your coordinator will read it. If it is urgent, call your unit. "
        "Send STOP to end SMS.",
    )


def test_send_without_preference_uses_norwegian(tone, daytime):
    [row] = send(tone, "notifications.sms_help", {}, channels=("sms",))

    assert (row.language, row.body.split("!")[0]) == ("nb", "Takk for meldingen")


def test_send_english_uses_staffs_english_wording(tone, daytime):
    ContactPreference.objects.create(user=tone, language="en")
    MessageTemplate.objects.create(key="notifications.group_message", email_body_en="Dear {fornavn}: {tekst}")

    [row] = send(tone, "notifications.group_message", {"tekst": "See you"}, channels=("email",))

    assert (row.subject, row.body) == ("Message from Drammen", "Dear Tone: See you")


def test_preferences_page_offers_both_languages_norwegian_first(client, tone):
    client.force_login(tone)

    page = client.get("/notifications/innstillinger/")

    field = page.context["form"]["language"]
    assert (field.value(), list(field.field.choices)) == ("nb", [("nb", "Norsk (bokmål)"), ("en", "English")])


def test_allauth_mail_follows_the_persons_language_not_the_page(client, tone):
    from notifications.models import OutboundMessage

    ContactPreference.objects.create(user=tone, language="en")

    client.post("/accounts/password/reset/", {"email": tone.email})  # from a Norwegian page

    row = OutboundMessage.objects.get(template_key="account.password_reset_key")
    assert (row.user, row.subject) == (tone, "[Blå Kors steg for steg] Password Reset Email")


def test_phone_change_code_follows_the_persons_language(client, tone, settings):
    from notifications.domain import phone_change
    from notifications.models import OutboundMessage

    ContactPreference.objects.create(user=tone, language="en")

    phone_change.start(tone, "+4798765432")

    assert OutboundMessage.objects.get(template_key="notifications.phone_code").language == "en"
