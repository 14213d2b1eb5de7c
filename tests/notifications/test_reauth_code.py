"""People without a password confirm it is them with a code by e-mail before changing their number."""

import re

import pytest
from django.core import mail

from notifications.enums import REDACTED_BODY
from notifications.models import OutboundMessage

pytestmark = pytest.mark.django_db

CHANGE_URL = "/notifications/mobilnummer/"
CODE_URL = "/notifications/bekreft-at-det-er-deg/"
NEXT = "?next=%2Fnotifications%2Fmobilnummer%2F"


@pytest.fixture
def passwordless(tidgiver):
    tidgiver.set_unusable_password()
    tidgiver.save()
    return tidgiver


@pytest.fixture
def code_client(client, passwordless, twilio, daytime, django_capture_on_commit_callbacks):
    client.force_login(passwordless)

    def post(url, data):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(url, data)

    client.post_queued = post
    return client


def mailed_code():
    return re.search(r"\b(\d{6})\b", mail.outbox[-1].body).group(1)


def test_passwordless_change_phone_asks_for_email_code(code_client):
    response = code_client.get(CHANGE_URL)

    assert (response.status_code, response["Location"]) == (302, CODE_URL + NEXT)
    page = code_client.get(CODE_URL + NEXT)
    assert "Vi sender en kode på e-post til tone@example.org." in page.text


def test_passwordless_email_code_confirms_and_returns_to_phone_change(code_client, passwordless):
    code_client.get(CHANGE_URL)
    code_client.post_queued(CODE_URL + NEXT, {"send": "1"})

    response = code_client.post_queued(CODE_URL + NEXT, {"code": mailed_code()})

    assert (response.status_code, response["Location"]) == (302, CHANGE_URL)
    assert code_client.get(CHANGE_URL).status_code == 200
    row = OutboundMessage.objects.get(template_key="notifications.reauth_code")
    assert (row.channel, row.user, row.urgent, row.secret, row.body) == (
        "email",
        passwordless,
        True,
        True,
        REDACTED_BODY,
    )
    assert mail.outbox[-1].to == ["tone@example.org"]


def test_passwordless_phone_change_goes_through_after_email_code(code_client, passwordless, twilio):
    code_client.get(CHANGE_URL)
    code_client.post_queued(CODE_URL + NEXT, {"send": "1"})
    code_client.post_queued(CODE_URL + NEXT, {"code": mailed_code()})

    code_client.post_queued(CHANGE_URL, {"phone": "412 34 567"})
    sms_code = re.search(r"\b(\d{6})\b", twilio.sent[-1]["Body"]).group(1)
    response = code_client.post_queued("/notifications/mobilnummer/bekreft/", {"code": sms_code})

    assert (response.status_code, response["Location"]) == (302, "/min-side/")
    passwordless.refresh_from_db()
    assert (passwordless.phone, passwordless.phone_verified) == ("+4741234567", True)


def test_passwordless_wrong_email_code_three_times_needs_a_new_code(code_client):
    code_client.post_queued(CODE_URL, {"send": "1"})
    wrong = "000000" if mailed_code() != "000000" else "111111"

    first = code_client.post_queued(CODE_URL, {"code": wrong})
    code_client.post_queued(CODE_URL, {"code": wrong})
    third = code_client.post_queued(CODE_URL, {"code": wrong})
    right_too_late = code_client.post_queued(CODE_URL, {"code": mailed_code()})

    assert first.status_code == 200 and first.context["form"].errors["code"] == ["Koden er ikke riktig."]
    assert (third.status_code, third["Location"]) == (302, CODE_URL)
    assert right_too_late.status_code == 200  # no code pending: only "send code" is offered
    assert code_client.get(CHANGE_URL).status_code == 302


def test_passwordless_email_code_guesses_are_rate_limited(code_client, settings):
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "reauthenticate": "2/m/user"}
    answers = []
    for _round in range(2):
        code_client.post_queued(CODE_URL, {"send": "1"})
        wrong = "000000" if mailed_code() != "000000" else "111111"
        answers.append(code_client.post_queued(CODE_URL, {"code": wrong}).status_code)

    assert answers == [200, 200]
    assert code_client.post_queued(CODE_URL, {"code": mailed_code()}).status_code == 429


def test_passwordless_email_codes_are_limited_per_hour(code_client):
    for _request in range(6):
        code_client.post_queued(CODE_URL, {"send": "1"})

    assert OutboundMessage.objects.filter(template_key="notifications.reauth_code").count() == 5


def test_password_chosen_in_this_session_does_not_unlock_phone_change(code_client, passwordless):
    new_password = "et-helt-nytt-passord-2026"
    set_response = code_client.post_queued(
        "/accounts/password/set/", {"password1": new_password, "password2": new_password}
    )
    assert set_response.status_code == 302
    passwordless.refresh_from_db()
    assert passwordless.has_usable_password() is True

    response = code_client.get(CHANGE_URL)

    assert (response.status_code, response["Location"]) == (302, CODE_URL + NEXT)  # the e-mail code, not the password
    notice = OutboundMessage.objects.get(template_key="account.password_set")
    assert (notice.channel, notice.address) == ("email", passwordless.email)
    assert notice.body.startswith("Hei fra Blå Kors steg for steg!")
