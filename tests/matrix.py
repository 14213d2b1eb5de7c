"""Permission-matrix helpers: every URL is checked for every role (tests/permission_matrix/).

Use the ``client_as`` fixture (from tests/conftest.py): ``client_as("coordinator").get(url)``.
Roles: anonymous, applicant, tidgiver (Drammen), coordinator (Drammen, TOTP set up), other_coordinator
(Oslo), unit_admin (Drammen, TOTP set up), superuser (TOTP set up). Expected outcomes are short codes,
checked by ``outcome(response)``: "ok" (200), "login" (redirect to log-in), "denied" (Wagtail's
permission-denied redirect to the admin home), "404", "403", "redirect:<location>", or a status code as int.
"""

ROLES = ("anonymous", "applicant", "tidgiver", "coordinator", "other_coordinator", "unit_admin", "superuser")


def outcome(response):
    if response.status_code == 200:
        return "ok"
    if response.status_code == 302:
        location = response["Location"]
        if location.startswith("/accounts/login/"):
            return "login"
        if location == "/admin/":
            return "denied"
        return f"redirect:{location}"
    if response.status_code == 404:
        return "404"
    if response.status_code == 403:
        return "403"
    return response.status_code
