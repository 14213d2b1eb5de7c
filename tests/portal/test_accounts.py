import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from tests import factories
from tests.factories import PASSWORD
from tests.mfa import activate_totp, current_code, log_in_with_mfa

pytestmark = pytest.mark.django_db

LOGIN_URL = "/accounts/login/"


def log_in(client, email, password=PASSWORD, **headers):
    return client.post(LOGIN_URL, {"login": email, "password": password}, **headers)


def test_login_tidgiver_lands_on_min_side(client, tidgiver):
    response = log_in(client, tidgiver.email)
    assert response.status_code == 302
    assert response["Location"] == reverse("after_login")
    response = client.get(response["Location"])
    assert response["Location"] == "/min-side/"
    page = client.get("/min-side/")
    assert page.status_code == 200
    assert "Min side" in page.text
    assert "Hei, Tone!" in page.text


def test_login_coordinator_without_totp_is_sent_to_mfa_setup(client, coordinator):
    log_in(client, coordinator.email)
    response = client.get(reverse("after_login"))
    assert response["Location"] == "/admin/"
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_activate_totp")

    # Right after logging in, setting up TOTP asks only for a code from the app (no second password),
    # and the recovery codes at its end lead on to the back office.
    setup = client.get(reverse("mfa_activate_totp"))
    assert setup.status_code == 200
    secret = client.session["mfa.totp.secret"]
    response = client.post(reverse("mfa_activate_totp"), {"code": current_code(secret)})
    assert response["Location"] == reverse("mfa_view_recovery_codes")
    codes = client.get(reverse("mfa_view_recovery_codes"))
    assert f'<a class="button" href="{reverse("after_login")}" data-testid="continue-after-codes">' in codes.text
    assert client.get("/admin/").status_code == 200


def test_login_coordinator_with_totp_needs_code_then_reaches_admin(client, coordinator):
    secret = activate_totp(coordinator)
    response = log_in(client, coordinator.email)
    assert response["Location"] == reverse("mfa_authenticate")
    response = client.post(reverse("mfa_authenticate"), {"code": current_code(secret)})
    assert response.status_code == 302
    admin = client.get("/admin/")
    assert admin.status_code == 200
    assert 'lang="nb"' in admin.text


def test_login_superuser_without_totp_is_sent_to_mfa_setup(client, superuser):
    client.force_login(superuser)
    assert client.get("/admin/pages/")["Location"] == reverse("mfa_activate_totp")


def test_login_wagtail_editor_without_membership_is_sent_to_mfa_setup(client, db):
    from django.contrib.auth.models import Group

    editor = factories.make_user(email="redaktor@example.org")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)

    assert client.get("/admin/")["Location"] == reverse("mfa_activate_totp")
    log_in_with_mfa(client, editor)
    assert client.get("/admin/").status_code == 200


def test_login_tidgiver_cannot_reach_admin(client, tidgiver):
    client.force_login(tidgiver)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_login_wrong_password_and_unknown_email_give_same_message(client, tidgiver):
    wrong_password = log_in(client, tidgiver.email, "not-the-password")
    unknown = log_in(client, "nobody@example.org", "not-the-password")
    assert wrong_password.status_code == unknown.status_code == 200
    message = "E-postadressen og/eller passordet du oppgav er feil."
    assert message in wrong_password.text
    assert message in unknown.text


def test_login_unverified_email_is_not_let_in(client, db):
    from tests.factories import make_user

    user = make_user(email="new@example.org", verified=False)
    response = log_in(client, user.email)
    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    assert "_auth_user_id" not in client.session


def test_logout_ends_session(client, tidgiver):
    client.force_login(tidgiver)
    response = client.post(reverse("account_logout"))
    assert response.status_code == 302
    assert client.get("/min-side/")["Location"].startswith("/accounts/login/")


def test_admin_login_redirects_to_allauth(client):
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/admin/pages/"


def test_admin_unauthenticated_is_sent_to_allauth_login(client):
    response = client.get("/admin/")
    assert response["Location"].startswith("/accounts/login/")


def test_django_admin_is_not_exposed(client, superuser):
    client.force_login(superuser)
    assert client.get("/django-admin/").status_code == 404


def test_login_failed_attempts_are_limited_per_account(client, tidgiver):
    responses = [log_in(client, tidgiver.email, "wrong-password") for _ in range(6)]
    assert [r.status_code for r in responses] == [200] * 5 + [429]  # the lock-out is allauth's 429 page
    # Even the right password is refused while the limit holds.
    response = log_in(client, tidgiver.email)
    assert response.status_code == 429
    assert "Du har prøvd for mange ganger på kort tid." in response.text
    assert "_auth_user_id" not in client.session


def test_login_attempts_are_limited_per_ip_with_429(client, db):
    statuses = [log_in(client, f"person{n}@example.org", "wrong-password").status_code for n in range(31)]
    assert statuses == [200] * 5 + [429] * 26  # five failures from one address lock it out


def test_login_limit_behind_proxy_counts_each_forwarded_address(client, db, settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1  # production behind its TLS proxy
    proxy = {"REMOTE_ADDR": "10.0.0.1"}
    for n in range(30):
        log_in(client, f"person{n}@example.org", "wrong-password", HTTP_X_FORWARDED_FOR="203.0.113.7", **proxy)

    same_person = log_in(client, "x@example.org", "wrong-password", HTTP_X_FORWARDED_FOR="203.0.113.7", **proxy)
    someone_else = log_in(client, "y@example.org", "wrong-password", HTTP_X_FORWARDED_FOR="198.51.100.9", **proxy)

    assert (same_person.status_code, someone_else.status_code) == (429, 200)


def test_password_validators_reject_short_and_common_in_norwegian(db):
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError
    from django.utils import translation

    with translation.override("nb"), pytest.raises(ValidationError) as error:
        validate_password("passord")

    assert error.value.messages == [
        "Dette passordet er for kort. Det må bestå av minst 10 tegn.",
        "Dette passordet er for vanlig.",
    ]


def test_signup_is_closed_and_points_to_become_tidgiver(client, db):
    password = "et-langt-passord"
    response = client.post(
        "/accounts/signup/", {"email": "ny@example.org", "password1": password, "password2": password}
    )

    assert response.status_code == 200
    assert "Du får en konto når du søker" in response.text
    assert 'href="/bli-tidgiver/"' in response.text
    assert not get_user_model().objects.filter(email="ny@example.org").exists()


def test_login_with_unverified_phone_and_right_password_says_number_not_confirmed(client, tidgiver):
    tidgiver.phone, tidgiver.phone_verified = "+4741100001", False
    tidgiver.save()

    response = log_in(client, "411 00 001")

    assert response.status_code == 200
    assert "Dette mobilnummeret er ikke bekreftet ennå" in response.text
    assert "_auth_user_id" not in client.session


def test_login_with_unverified_phone_and_wrong_password_says_only_wrong(client, tidgiver):
    tidgiver.phone, tidgiver.phone_verified = "+4741100001", False
    tidgiver.save()

    response = log_in(client, "411 00 001", "feil-passord-her")

    assert response.status_code == 200
    assert "ikke bekreftet" not in response.text


def test_totp_set_up_right_after_login_asks_for_no_second_password(client, coordinator):
    response = log_in(client, coordinator.email)
    chain = client.get(response["Location"], follow=True).redirect_chain

    assert chain[-1] == ("/accounts/2fa/totp/activate/", 302)
    assert client.get("/accounts/2fa/totp/activate/").status_code == 200


def test_changing_an_existing_totp_after_login_still_asks_for_the_password(client, coordinator):
    import datetime

    from allauth.mfa.models import Authenticator

    activate_totp(coordinator)
    Authenticator.objects.filter(user=coordinator).update(
        created_at=Authenticator.objects.get(user=coordinator).created_at - datetime.timedelta(days=1)
    )
    client.force_login(coordinator)

    response = client.get("/accounts/2fa/totp/deactivate/")

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/reauthenticate/")


def test_login_code_request_without_email_or_phone_is_a_form_error(client, db):
    response = client.post("/accounts/login/code/", {"email": "", "phone": ""})

    assert response.status_code == 200
    assert "Skriv inn e-postadressen eller mobilnummeret ditt." in response.text
    assert "_auth_user_id" not in client.session
