"""Choosing the first password from the receipt's link: one calm flow that ends logged in on Min side."""

import pytest

from notifications.models import OutboundMessage
from portal.org.enums import Role
from tests import factories

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "mitt-forste-passord-7"


@pytest.fixture
def applicant(unit):
    return factories.make_member(unit, Role.APPLICANT, first_name="Siri", email="siri@example.org", password=None)


def open_link(client, user):
    """The link of the receipt e-mail (for a new account) or of "forgotten password" (the same kind)."""
    from allauth.account import app_settings
    from allauth.account.utils import user_pk_to_url_str
    from django.urls import reverse

    key = app_settings.PASSWORD_RESET_TOKEN_GENERATOR().make_token(user)
    path = reverse("account_reset_password_from_key", kwargs={"uidb36": user_pk_to_url_str(user), "key": key})
    return client.get(path, follow=True)


def test_first_password_page_says_create_a_password_and_welcomes(client, applicant):
    response = open_link(client, applicant)

    assert "<h1>Lag et passord</h1>" in response.text
    assert "Velkommen, Siri!" in response.text
    assert "Lagre passordet og logg inn" in response.text
    assert "Endre passord" not in response.text


def test_first_password_saved_ends_logged_in_on_min_side_without_security_mail(client, applicant):
    page = open_link(client, applicant)
    form_url = page.redirect_chain[-1][0]

    response = client.post(form_url, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD}, follow=True)

    assert response.redirect_chain[-1][0] == "/min-side/"
    assert int(client.session["_auth_user_id"]) == applicant.pk
    assert "Passordet ditt er lagret, og du er logget inn. Velkommen!" in response.text
    assert not OutboundMessage.objects.filter(template_key="account.password_reset").exists()


def test_forgotten_password_still_gets_the_security_mail(client, tidgiver):
    page = open_link(client, tidgiver)
    assert "<h1>Velg nytt passord</h1>" in page.text

    client.post(page.redirect_chain[-1][0], {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})

    assert OutboundMessage.objects.filter(template_key="account.password_reset").count() == 1
