import pytest

from notifications import registry, tasks
from notifications.api import register_keyword, send
from notifications.enums import InboxState, Status
from notifications.models import InboundMessage, OutboundMessage, PhoneStatus
from tests.notifications.webhooks import signed_post

pytestmark = pytest.mark.django_db

INBOUND_URL = "/notifications/twilio/inbound/"
_sids = iter(range(1, 10_000))


@pytest.fixture
def tone(tidgiver):
    tidgiver.phone = "+4741234567"
    tidgiver.phone_verified = True
    tidgiver.save()
    return tidgiver


def text_in(client, body, phone="+4741234567"):
    data = {"MessageSid": f"SM{next(_sids):032d}", "From": phone, "Body": body}
    response = signed_post(client, INBOUND_URL, data)
    assert response.status_code == 200
    return InboundMessage.objects.get(provider_id=data["MessageSid"])


@pytest.fixture
def inbound(client, twilio, daytime, django_capture_on_commit_callbacks):
    def receive(body, phone="+4741234567"):
        with django_capture_on_commit_callbacks(execute=True):
            message = text_in(client, body, phone)
        return InboundMessage.objects.get(pk=message.pk)

    return receive


def replies(template_key):
    return list(OutboundMessage.objects.filter(template_key=template_key).values_list("status", "body"))


@pytest.mark.parametrize(
    ("word", "keyword"), [("STOPP", "STOPP"), ("stopp", "STOPP"), ("Stop", "STOP"), (" stopp. ", "STOPP")]
)
def test_stopp_opts_out_and_confirms_once(tone, twilio, inbound, word, keyword):
    message = inbound(word)
    inbound("STOPP")

    assert (message.user, message.keyword, message.state) == (tone, keyword, InboxState.AUTOMATIC)
    assert PhoneStatus.objects.get(phone="+4741234567").opted_out is True
    assert replies("notifications.sms_stopped") == [
        (Status.SENT, "Du får ikke flere SMS fra Blå Kors steg for steg. Send START for å få SMS igjen.")
    ]
    assert [request["data"]["To"] for request in twilio.requests] == ["+4741234567"]


def test_after_stopp_sends_are_skipped_without_calling_twilio(
    tone, twilio, inbound, django_capture_on_commit_callbacks
):
    inbound("STOPP")
    requests_before = len(twilio.requests)

    with django_capture_on_commit_callbacks(execute=True):
        [row] = send(tone, "notifications.sms_help", {}, channels=("sms",))

    assert (row.status, row.error_code, row.error_text) == (Status.SKIPPED, "stopp", "")
    assert len(twilio.requests) == requests_before


def test_after_stopp_preference_falls_back_to_email(tone, inbound):
    inbound("STOPP")

    rows = send(tone, "notifications.group_message", {"tekst": "Temakveld"})

    assert [row.channel for row in rows] == ["email"]


def test_stopp_arriving_after_queueing_skips_the_queued_sms(tone, twilio, daytime, inbound):
    [row] = send(tone, "notifications.sms_help", {}, channels=("sms",))
    inbound("STOPP")
    requests_before = len(twilio.requests)

    tasks.deliver(row.pk)

    assert OutboundMessage.objects.get(pk=row.pk).status == Status.SKIPPED
    assert len(twilio.requests) == requests_before


def test_start_opts_back_in_and_confirms(tone, twilio, inbound, django_capture_on_commit_callbacks):
    inbound("STOPP")
    inbound("Start")

    assert PhoneStatus.objects.get(phone="+4741234567").opted_out is False
    assert replies("notifications.sms_started") == [
        (Status.SENT, "Nå får du SMS fra Blå Kors steg for steg igjen. Send STOPP for å slutte.")
    ]
    with django_capture_on_commit_callbacks(execute=True):
        [row] = send(tone, "notifications.sms_help", {}, channels=("sms",))
    assert OutboundMessage.objects.get(pk=row.pk).status == Status.SENT


def test_start_without_earlier_stopp_sends_nothing(tone, inbound):
    inbound("START")

    assert replies("notifications.sms_started") == []


def test_registered_keyword_handler_gets_message_and_user_and_its_reply_is_sent(tone, twilio, inbound):
    seen = []

    def handle_kanskje(message, user):
        seen.append((message.body, user))
        return "Takk! Koordinatoren tar kontakt."

    register_keyword("kanskje", handle_kanskje)
    try:
        message = inbound("kanskje takk")
    finally:
        registry._keywords.pop("KANSKJE")

    assert seen == [("kanskje takk", tone)]
    assert (message.keyword, message.state) == ("KANSKJE", InboxState.AUTOMATIC)
    assert twilio.sent[-1]["Body"] == "Takk! Koordinatoren tar kontakt."


def test_keyword_handler_returning_none_sends_no_reply(tone, twilio, inbound):
    register_keyword("STILLE", lambda message, user: None)
    try:
        inbound("STILLE 2,5 kino")
    finally:
        registry._keywords.pop("STILLE")

    assert twilio.requests == []


def test_keyword_for_known_senders_only_sends_an_unknown_number_to_the_generic_help(tone, twilio, inbound):
    seen = []
    register_keyword("KJENT", lambda message, user: seen.append(user) or "Hei!", known_senders_only=True)
    try:
        known = inbound("KJENT 1")
        unknown = inbound("KJENT 2", phone="+4799999999")
    finally:
        registry._keywords.pop("KJENT")
        registry._known_senders_only.discard("KJENT")

    assert seen == [tone]
    assert (known.keyword, known.state) == ("KJENT", InboxState.AUTOMATIC)
    assert (unknown.keyword, unknown.state, unknown.user) == ("", InboxState.NEW, None)
    assert twilio.sent[0]["Body"] == "Hei!"
    assert twilio.sent[1]["Body"].startswith("Takk for meldingen!")
    assert len(twilio.sent) == 2


def test_unknown_text_goes_to_inbox_and_gets_one_help_reply_a_day(tone, twilio, inbound):
    first = inbound("Hei, jeg blir litt sen i dag")
    inbound("Og i morgen også")

    assert (first.state, first.user, first.unit.slug, first.keyword) == (InboxState.NEW, tone, "drammen", "")
    assert len(replies("notifications.sms_help")) == 1
    assert twilio.sent[0]["Body"].startswith("Takk for meldingen!")


def test_unknown_number_is_stored_without_person(twilio, inbound, db):
    message = inbound("Hvem er dette?", phone="+4790000000")

    assert (message.user, message.unit, message.phone, message.state) == (None, None, "+4790000000", InboxState.NEW)


def test_inbound_duplicate_webhook_is_stored_once(client, twilio, daytime):
    data = {"MessageSid": "SM" + "5" * 32, "From": "+4741234567", "Body": "Hei"}

    signed_post(client, INBOUND_URL, data)
    signed_post(client, INBOUND_URL, data)

    assert InboundMessage.objects.count() == 1


def test_process_inbound_twice_replies_once(tone, twilio, daytime, client):
    message = text_in(client, "STOPP")

    tasks.process_inbound(message.pk)
    tasks.process_inbound(message.pk)

    assert len(replies("notifications.sms_stopped")) == 1


def test_register_keyword_refuses_a_second_handler_for_the_same_word():
    # Matching registers JA and NEI at start-up; nobody else may take them over.
    with pytest.raises(ValueError, match="already registered"):
        register_keyword("nei", repr)
