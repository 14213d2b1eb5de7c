"""Submitting: duplicate merge, age rules, the guardian's confirmation, and the account with its password link."""

import datetime
import re

import pytest
from allauth.account.models import EmailAddress
from django.urls import reverse
from django.utils import timezone

from notifications.models import OutboundMessage
from portal.org.enums import Role
from tests.factories import PASSWORD
from volunteers.domain import applications, pending, screening
from volunteers.domain.errors import GuardianNotConfirmed
from volunteers.enums import ApplicationState, EventKind, UpdateState
from volunteers.models import Application, PendingUpdate

from .conftest import form_data

pytestmark = pytest.mark.django_db
S = ApplicationState


def _born_years_ago(years, extra_days=0):
    today = timezone.localdate()
    return (today.replace(year=today.year - years) - datetime.timedelta(days=extra_days)).isoformat()


def _receipt(client, form_page):
    return re.search(r'<article class="receipt">.*</article>', client.get(form_page.url + "kvittering/").text, re.S)[0]


@pytest.mark.parametrize(
    "second",
    [{"phone": "+47 992 22 333"}, {"email": "annen@example.org", "first_name": " siri ", "last_name": "HANSEN"}],
    ids=["same-email", "same-phone-and-name"],
)
def test_submit_same_person_again_holds_answers_until_confirmed_by_link(client, form_page, second):
    client.post(form_page.url, form_data())
    first_receipt = _receipt(client, form_page)
    OutboundMessage.objects.all().delete()
    response = client.post(form_page.url, form_data(motivation="Nå har jeg bedre tid.", **second))

    assert response.status_code == 302
    application = Application.objects.get()
    assert (application.motivation, application.resubmitted_count, application.last_resubmitted_at) == (
        "Jeg vil gi noe tilbake.",
        0,
        None,
    )
    update = PendingUpdate.objects.get()
    assert (update.application, update.unit, update.state, update.answers["motivation"]) == (
        application,
        application.unit,
        UpdateState.PENDING,
        "Nå har jeg bedre tid.",
    )
    # Only an e-mail, and only to the address on file: never to what the second form typed.
    asked = OutboundMessage.objects.get()
    assert (asked.template_key, asked.channel, asked.address, asked.secret) == (
        "volunteers.application_update_confirm",
        "email",
        "siri.hansen@example.org",
        True,
    )
    assert pending.link(update) in asked.body
    # The public receipt is the same page as for a first application: it tells nobody what was there.
    assert _receipt(client, form_page) == first_receipt

    client.post(reverse("volunteers:confirm_update", args=[pending.token(update)]))

    application.refresh_from_db()
    assert (application.motivation, application.resubmitted_count) == ("Nå har jeg bedre tid.", 1)
    assert application.last_resubmitted_at == update.created_at
    duplicate = application.events.filter(kind=EventKind.DUPLICATE).last()
    assert duplicate.text.startswith(
        "Søkeren bekreftet svarene som ble sendt på nytt, fra lenken på e-post; søknaden ble oppdatert."
    )
    assert "motivasjon" in duplicate.text
    updated = OutboundMessage.objects.get(template_key="volunteers.application_updated")
    assert (updated.channel, updated.address) == ("email", "siri.hansen@example.org")
    assert "Søknaden din er nå oppdatert med svarene du sendte på nytt." in updated.body


def test_submit_same_phone_other_email_keeps_account_and_tells_coordinator(client, form_page):
    client.post(form_page.url, form_data())
    first_user = Application.objects.get().user

    client.post(form_page.url, form_data(email="noen.andre@example.org"))

    application = Application.objects.get()
    assert (application.email, application.user) == ("siri.hansen@example.org", first_user)
    assert (
        "En annen e-postadresse ble oppgitt: noen.andre@example.org."
        in application.events.get(kind=EventKind.DUPLICATE).text
    )
    assert not type(first_user).objects.filter(email="noen.andre@example.org").exists()


def test_submit_after_withdrawal_creates_new_application(client, form_page):
    client.post(form_page.url, form_data())
    first = Application.objects.get()
    applications.withdraw(first, first.user)

    client.post(form_page.url, form_data())

    assert Application.objects.count() == 2
    second = Application.objects.exclude(pk=first.pk).get()
    assert (second.state, second.user) == (S.RECEIVED, first.user)
    assert first.user.memberships.get().role == Role.APPLICANT


def test_submit_existing_tidgiver_is_not_downgraded(client, form_page, tidgiver):
    client.post(form_page.url, form_data(email=tidgiver.email))
    assert tidgiver.memberships.get().role == Role.TIDGIVER
    assert Application.objects.get().user == tidgiver


def test_age_below_unit_minimum_explains_and_stores_nothing(client, form_page):
    response = client.post(form_page.url, form_data(date_of_birth=_born_years_ago(17)))

    assert response.status_code == 400
    assert "For å være Tidgiver i Drammen må du være minst 18 år." in response.text
    assert "Vi har ikke lagret noe av det du skrev." in response.text
    assert not Application.objects.exists()
    assert not OutboundMessage.objects.exists()


def test_age_youth_below_youth_minimum_is_too_young(client, form_page, unit):
    unit.youth_minimum_age = 13
    unit.save()
    response = client.post(form_page.url, form_data(date_of_birth=_born_years_ago(12), guardian_name="Gro"))
    assert "må du være minst 13 år" in response.text
    assert not Application.objects.exists()


def test_age_youth_requires_guardian_name_and_contact(client, form_page, unit):
    unit.youth_minimum_age = 13
    unit.save()
    response = client.post(form_page.url, form_data(date_of_birth=_born_years_ago(15)))

    assert response.status_code == 400
    assert "Fordi du er under 18 år, skriv navnet til en forelder eller foresatt." in response.text
    assert "Skriv mobilnummeret eller e-posten til den foresatte" in response.text
    assert not Application.objects.exists()


def test_age_exactly_minimum_on_birthday_is_adult(client, form_page):
    client.post(form_page.url, form_data(date_of_birth=_born_years_ago(18)))
    assert Application.objects.get().state == S.RECEIVED


def _youth_application(client, form_page, unit):
    unit.youth_minimum_age = 13
    unit.save()
    client.post(
        form_page.url,
        form_data(date_of_birth=_born_years_ago(15), guardian_name="Gro Hansen", guardian_phone="900 11 222"),
    )
    return Application.objects.get()


def test_youth_application_waits_for_guardian_who_gets_a_link(client, form_page, unit):
    application = _youth_application(client, form_page, unit)

    assert (application.state, application.guardian_phone) == (S.AWAITING_GUARDIAN, "+4790011222")
    message = OutboundMessage.objects.get(template_key="volunteers.guardian_confirm")
    assert (message.channel, message.address) == ("sms", "+4790011222")
    assert message.body.startswith("Hei Gro Hansen! Siri har søkt om å bli Tidgiver")
    assert OutboundMessage.objects.filter(template_key="volunteers.application_received_youth").count() == 2


def test_youth_screening_cannot_start_before_guardian_confirms(client, form_page, unit, coordinator):
    application = _youth_application(client, form_page, unit)
    with pytest.raises(GuardianNotConfirmed):
        screening.transition(application, S.RECEIVED, actor=coordinator)


def test_guardian_link_get_shows_page_and_post_confirms_and_starts_screening(client, form_page, unit):
    application = _youth_application(client, form_page, unit)
    link = re.search(r"https?://\S+", OutboundMessage.objects.get(template_key="volunteers.guardian_confirm").body)
    path = link.group(0).split("localhost:8000", 1)[1]

    page = client.get(path)
    application.refresh_from_db()
    assert page.status_code == 200
    assert "Fordi Siri er under 18 år, trenger vi at du som foresatt bekrefter" in page.text
    assert application.state == S.AWAITING_GUARDIAN

    confirmed = client.post(path)
    application.refresh_from_db()
    assert "Takk! Søknaden til Siri går nå videre til en koordinator" in confirmed.text
    assert application.state == S.RECEIVED
    assert application.guardian_confirmed_at is not None
    assert [(e.kind, e.to_state) for e in application.events.all()] == [
        (EventKind.SUBMITTED, ""),
        (EventKind.GUARDIAN, ""),
        (EventKind.TRANSITION, S.RECEIVED),
    ]
    assert client.post(path).status_code == 200  # a second click changes nothing
    assert application.events.count() == 3


def test_guardian_link_tampered_is_404(client, form_page, unit):
    application = _youth_application(client, form_page, unit)
    token = applications.guardian_token(application)
    response = client.get(f"/tidgiver/foresatt/{token}x/")
    assert response.status_code == 404
    assert "Lenken virker ikke" in response.text


def test_password_link_sets_password_verifies_email_and_allows_login(client, form_page):
    client.post(form_page.url, form_data())
    body = OutboundMessage.objects.get(template_key="volunteers.application_received", channel="email").body
    path = re.search(r"https?://[^/\s]+(/accounts/password/reset/key/\S+)", body).group(1)

    follow = client.get(path, follow=True)
    form_url = follow.redirect_chain[-1][0] if follow.redirect_chain else path
    client.post(form_url, {"password1": PASSWORD, "password2": PASSWORD})

    user = Application.objects.get().user
    assert user.has_usable_password()
    assert EmailAddress.objects.get(user=user).verified is True
    client.logout()
    login = client.post("/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert (login.status_code, login["Location"]) == (302, "/etter-innlogging/")
