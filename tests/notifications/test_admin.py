import re

import pytest

from notifications.api import send
from notifications.enums import Channel, InboxState, Status
from notifications.models import InboundMessage, MessageTemplate, OutboundMessage, UnitSmsCap
from portal.org.enums import Role
from tests import factories
from tests.matrix import outcome
from tests.mfa import log_in_with_mfa

pytestmark = pytest.mark.django_db


@pytest.fixture
def drammen_row(tidgiver, unit, daytime):
    [row] = send(tidgiver, "notifications.group_message", {"tekst": "Temakveld"}, channels=("email",), unit=unit)
    return row


@pytest.fixture
def drammen_inbound(tidgiver, unit):
    return InboundMessage.objects.create(
        provider_id="SM1", phone="+4741234567", body="Kan ikke i dag", user=tidgiver, unit=unit
    )


def test_permission_matrix_outbox_cannot_be_added_or_edited(client_as, drammen_row):
    coordinator = client_as("coordinator")
    assert outcome(coordinator.get("/admin/outbox/new/")) in ("denied", "404")
    assert outcome(coordinator.get(f"/admin/outbox/edit/{drammen_row.pk}/")) in ("denied", "404")


def test_outbox_listing_explains_error_code_and_shows_only_own_units(staff_client, tidgiver, other_unit, daytime):
    [mine] = send(tidgiver, "notifications.group_message", {"tekst": "x"}, channels=("email",))
    OutboundMessage.objects.filter(pk=mine.pk).update(
        status=Status.UNDELIVERABLE, error_code="21211", error_text="HTTP 400: invalid number"
    )
    oslo_person = factories.make_member(other_unit, Role.TIDGIVER, first_name="Olav", email="olav@example.org")
    send(oslo_person, "notifications.group_message", {"tekst": "x"}, channels=("email",))

    page = staff_client.get("/admin/outbox/")

    assert page.status_code == 200
    assert "Ikke et gyldig mobilnummer." in page.text  # Twilio's 21211, explained in Norwegian
    assert "Tone Person" in page.text
    assert "Olav" not in page.text


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("status=failed", ["Anne"]),
        ("channel=sms", ["Bjørn"]),
        ("template_key=notifications.sms_help", ["Bjørn"]),
        ("created_at_from=2026-03-10&created_at_to=2026-03-10", ["Anne", "Bjørn"]),
        ("created_at_from=2026-03-11", []),
    ],
)
def test_outbox_filters(staff_client, unit, daytime, query, expected):
    anne = factories.make_member(unit, Role.TIDGIVER, first_name="Anne", last_name="A", email="anne@example.org")
    bjorn = factories.make_member(unit, Role.TIDGIVER, first_name="Bjørn", last_name="B", phone="+4741000002")
    [failed] = send(anne, "notifications.group_message", {"tekst": "x"}, channels=("email",))
    OutboundMessage.objects.filter(pk=failed.pk).update(status=Status.FAILED)
    send(bjorn, "notifications.sms_help", {}, channels=("sms",))

    page = staff_client.get(f"/admin/outbox/?{query}")

    assert page.status_code == 200
    assert [name for name in ("Anne", "Bjørn") if f"{name} " in page.text] == expected


def test_outbox_unit_filter_offers_only_own_units(staff_client, other_unit):
    page = staff_client.get("/admin/outbox/")

    assert "Drammen" in page.text
    assert "Oslo" not in page.text


def test_outbox_listing_query_count_does_not_grow(staff_client, unit, daytime, django_assert_max_num_queries):
    person = factories.make_member(unit, Role.TIDGIVER, phone="+4741000001")
    send(person, "notifications.sms_help", {}, channels=("sms",))
    staff_client.get("/admin/outbox/")
    with django_assert_max_num_queries(100) as one:
        staff_client.get("/admin/outbox/")
    for _index in range(15):
        send(person, "notifications.sms_help", {}, channels=("sms",))

    with django_assert_max_num_queries(len(one.captured_queries)):
        staff_client.get("/admin/outbox/")


def test_inbox_listing_query_count_does_not_grow(staff_client, unit, tidgiver, django_assert_max_num_queries):
    InboundMessage.objects.create(provider_id="SM0", phone="+4741234567", body="Hei", user=tidgiver, unit=unit)
    staff_client.get("/admin/sms_inbox/")
    with django_assert_max_num_queries(100) as one:
        staff_client.get("/admin/sms_inbox/")
    for number in range(1, 16):
        InboundMessage.objects.create(provider_id=f"SM{number}", phone="+47412", body="Hei", user=tidgiver, unit=unit)

    with django_assert_max_num_queries(len(one.captured_queries)):
        staff_client.get("/admin/sms_inbox/")


def test_inbox_shows_own_units_message_and_marks_handled(staff_client, coordinator, drammen_inbound, other_unit):
    InboundMessage.objects.create(provider_id="SM2", phone="+4790000000", body="Fra Oslo", unit=other_unit)

    page = staff_client.get("/admin/sms_inbox/")
    assert "Kan ikke i dag" in page.text
    assert "Fra Oslo" not in page.text

    response = staff_client.post(f"/admin/sms_inbox/edit/{drammen_inbound.pk}/", {"state": InboxState.HANDLED})

    assert response.status_code == 302
    drammen_inbound.refresh_from_db()
    assert (drammen_inbound.state, drammen_inbound.handled_by) == (InboxState.HANDLED, coordinator)


@pytest.fixture
def superuser_client(client, superuser):
    log_in_with_mfa(client, superuser)
    return client


def test_template_listing_shows_every_registered_key(superuser_client):
    page = superuser_client.get("/admin/message_templates/")

    assert page.status_code == 200
    for key in ("notifications.login_code", "notifications.sms_help", "notifications.group_message"):
        assert key in page.text
    assert MessageTemplate.objects.filter(key="notifications.login_code").exists()


def test_template_edit_shows_defaults_counter_and_script(superuser_client):
    superuser_client.get("/admin/message_templates/")
    template = MessageTemplate.objects.get(key="notifications.sms_help")

    page = superuser_client.get(f"/admin/message_templates/edit/{template.pk}/")

    assert page.status_code == 200
    assert "Takk for meldingen! Koordinatoren din leser den." in page.text
    assert 'data-sms-counter="true"' in page.text
    assert "notifications/js/template_editor.js" in page.text
    assert "email_body_nb" not in page.text  # an SMS-only template has no e-mail fields


def test_template_edit_saves_only_what_differs_from_default(superuser_client, tidgiver, daytime):
    superuser_client.get("/admin/message_templates/")
    template = MessageTemplate.objects.get(key="notifications.sms_help")
    page = superuser_client.get(f"/admin/message_templates/edit/{template.pk}/")
    english = page.context["form"].initial["sms_en"]

    response = superuser_client.post(
        f"/admin/message_templates/edit/{template.pk}/",
        {"sms_nb": "Hei {fornavn}, vi har fått meldingen din.", "sms_en": english},
    )

    assert response.status_code == 302
    template.refresh_from_db()
    assert (template.sms_nb, template.sms_en) == ("Hei {fornavn}, vi har fått meldingen din.", "")
    tidgiver.phone = "+4741234567"
    [row] = send(tidgiver, "notifications.sms_help", {}, channels=("sms",))
    assert row.body == "Hei Tone, vi har fått meldingen din."


def test_unit_admin_may_edit_templates(client, unit):
    unit_admin = factories.make_member(unit, Role.UNIT_ADMIN, email="leder@example.org")
    log_in_with_mfa(client, unit_admin)

    assert client.get("/admin/message_templates/").status_code == 200


def test_sms_cap_is_set_by_superuser(superuser_client, unit):
    response = superuser_client.post("/admin/sms_caps/new/", {"unit": unit.pk, "monthly_limit": 500})

    assert response.status_code == 302
    assert UnitSmsCap.objects.get().monthly_limit == 500


def test_channel_enum_values_are_stable():
    assert (Channel.SMS, Channel.EMAIL) == ("sms", "email")


def test_template_listing_query_count_does_not_grow(superuser_client, django_assert_max_num_queries):
    from notifications import registry

    superuser_client.get("/admin/message_templates/")
    with django_assert_max_num_queries(100) as before:
        superuser_client.get("/admin/message_templates/")
    one_row_queries = len(before.captured_queries)  # read now: the next request clears Django's query log
    for number in range(15):
        registry.add_template(f"tests.extra_{number}", description="x", sms={"nb": "x"})
    try:
        superuser_client.get("/admin/message_templates/")  # creates the new rows once
        with django_assert_max_num_queries(one_row_queries):
            page = superuser_client.get("/admin/message_templates/")
        registered = len(registry._templates)
    finally:
        for number in range(15):
            registry._templates.pop(f"tests.extra_{number}")
    # Every registered template is listed (over pages: other apps register more of them over time).
    assert page.context["paginator"].count == registered


def test_sms_cap_listing_query_count_does_not_grow(superuser_client, unit, django_assert_max_num_queries):
    UnitSmsCap.objects.create(unit=unit, monthly_limit=10)
    superuser_client.get("/admin/sms_caps/")
    with django_assert_max_num_queries(100) as before:
        superuser_client.get("/admin/sms_caps/")
    for _number in range(15):
        UnitSmsCap.objects.create(unit=factories.make_unit(), monthly_limit=10)

    with django_assert_max_num_queries(len(before.captured_queries)):
        superuser_client.get("/admin/sms_caps/")


def test_outbox_template_filter_offers_descriptions_and_keys_seen_in_the_outbox(staff_client, tidgiver, daytime):
    from notifications.api import send_rendered_email

    send_rendered_email(tidgiver, "account.password_reset_key", subject="Nytt passord", body="Lenke", secret=True)

    page = staff_client.get("/admin/outbox/")
    choices = dict(page.context["filters"].form.fields["template_key"].choices)

    assert choices["notifications.sms_help"] == "Svar på en SMS portalen ikke forstår."
    assert choices["account.password_reset_key"] == "account.password_reset_key"


def test_outbox_listing_counts_messages_in_norwegian(staff_client, unit, daytime):
    person = factories.make_member(unit, Role.TIDGIVER, phone="+4741000001")
    send(person, "notifications.sms_help", {}, channels=("sms",))
    send(person, "notifications.sms_help", {}, channels=("sms",))

    page = staff_client.get("/admin/outbox/").content.decode()

    assert re.findall(r"\d+ utgående \w+", page) == ["2 utgående meldinger"]
