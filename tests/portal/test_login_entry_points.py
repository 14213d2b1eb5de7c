"""Every way to log in goes through allauth, and the back office wants MFA in this very session."""

import pytest
from django.urls import URLResolver, get_resolver, reverse

from tests.factories import PASSWORD
from tests.mfa import activate_totp, current_code

pytestmark = pytest.mark.django_db

LOGIN_PATHS = {
    "/accounts/login/",
    "/accounts/login/code/",
    "/accounts/login/code/confirm/",
    "/admin/login/",
    "/_util/login/",
}


def all_patterns(patterns=None, prefix="/"):
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        route = prefix + str(pattern.pattern).lstrip("^").rstrip("$")
        if isinstance(pattern, URLResolver):
            yield from all_patterns(pattern.url_patterns, route)
        else:
            yield route, pattern.name or ""


def login_paths():
    # "after_login" only redirects an already logged-in person onwards; it is not a way in.
    return {path for path, name in all_patterns() if "login" in path + name and name != "after_login"}


def post_credentials(client, path, user):
    email = user.email
    return client.post(path, {"login": email, "username": email, "email": email, "password": PASSWORD})


def test_login_entry_points_are_the_known_ones():
    assert login_paths() == LOGIN_PATHS


@pytest.mark.parametrize("path", sorted(LOGIN_PATHS))
def test_login_entry_point_gives_staff_no_session_before_totp(client, coordinator, path):
    activate_totp(coordinator)
    post_credentials(client, path, coordinator)
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("path", sorted(LOGIN_PATHS))
def test_login_entry_point_logs_in_only_through_allauth(client, tidgiver, path):
    post_credentials(client, path, tidgiver)
    if "_auth_user_id" in client.session:
        methods = [record["method"] for record in client.session["account_authentication_methods"]]
        assert (path, methods) == ("/accounts/login/", ["password"])


def test_login_wagtail_private_page_login_redirects_to_allauth(client):
    response = client.get("/_util/login/?next=/privat/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/privat/"


def test_login_forced_session_without_mfa_cannot_open_admin(client, coordinator):
    secret = activate_totp(coordinator)
    client.force_login(coordinator)  # a session that never passed the TOTP step

    response = client.get("/admin/people/")

    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_reauthenticate") + "?next=%2Fadmin%2Fpeople%2F"
    confirmed = client.post(response["Location"], {"code": current_code(secret)})
    assert confirmed["Location"] == "/admin/people/"
    assert client.get("/admin/people/").status_code == 200


def test_login_password_step_alone_does_not_open_admin(client, coordinator):
    activate_totp(coordinator)
    client.post("/accounts/login/", {"login": coordinator.email, "password": PASSWORD})

    response = client.get("/admin/")

    assert response["Location"].startswith("/accounts/login/")
