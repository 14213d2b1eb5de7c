"""allauth: log-in, sign-up, e-mail, password and two-step log-in pages."""

from tests.permission_matrix import NOT_FOUND, OK_FOR_ALL, Row

AFTER_LOGIN = "redirect:/etter-innlogging/"
REAUTH = "redirect:/accounts/reauthenticate/"


def public_then(answer):
    """Anonymous visitors get the page; anyone logged in gets ``answer``."""
    return ("ok", *(answer,) * 6)


def logged_in(answer, applicant=None):
    """Anonymous visitors are sent to log in; people get ``answer`` (applicants and Tidgivere maybe another)."""
    other = answer if applicant is None else applicant
    return ("login", other, other, *(answer,) * 4)


def reauth(path):
    return REAUTH + "?next=" + path.replace("/", "%2F")


GET_ONLY = (405,) * 7

ROWS = {
    "accounts/login/": Row(get=public_then(AFTER_LOGIN), post=public_then(AFTER_LOGIN)),
    "accounts/logout/": Row(get=("redirect:/", *("ok",) * 6), post=("redirect:/",) * 7),
    "accounts/inactive/": Row(get=OK_FOR_ALL, post=GET_ONLY),
    "accounts/signup/": Row(get=public_then(AFTER_LOGIN), post=public_then(AFTER_LOGIN)),
    "accounts/reauthenticate/": Row(get=logged_in("ok"), post=logged_in("ok")),
    "accounts/email/": Row(get=logged_in("ok"), post=logged_in("redirect:/accounts/email/")),
    "accounts/confirm-email/": Row(get=OK_FOR_ALL, post=GET_ONLY),
    "accounts/^confirm-email/(?P<key>[-:\\w]+)/$": Row(
        get=OK_FOR_ALL, post=NOT_FOUND, url="/accounts/confirm-email/no-such-key/"
    ),
    "accounts/password/change/": Row(get=logged_in("ok"), post=logged_in("ok")),
    "accounts/password/set/": Row(
        get=logged_in("redirect:/accounts/password/change/"), post=logged_in("redirect:/accounts/password/change/")
    ),
    "accounts/password/reset/": Row(get=OK_FOR_ALL, post=OK_FOR_ALL),
    "accounts/password/reset/done/": Row(get=OK_FOR_ALL, post=GET_ONLY),
    "accounts/password/reset/key/done/": Row(get=OK_FOR_ALL, post=GET_ONLY),
    "accounts/^password/reset/key/(?P<uidb36>[0-9A-Za-z]+)-(?P<key>.+)/$": Row(
        get=OK_FOR_ALL, post=OK_FOR_ALL, url="/accounts/password/reset/key/1-no-such-key/"
    ),
    # An empty POST is answered with the form's errors, not allauth's 500 (issue 9, finding 8).
    "accounts/login/code/": Row(get=public_then(AFTER_LOGIN), post=public_then(AFTER_LOGIN)),
    "accounts/login/code/confirm/": Row(get=logged_in(AFTER_LOGIN), post=logged_in(AFTER_LOGIN)),
    "accounts/2fa/": Row(get=logged_in("ok"), post=logged_in(405)),
    "accounts/2fa/authenticate/": Row(get=logged_in(AFTER_LOGIN), post=logged_in(AFTER_LOGIN)),
    "accounts/2fa/reauthenticate/": Row(get=logged_in("ok", REAUTH), post=logged_in("ok", REAUTH)),
    "accounts/2fa/totp/activate/": Row(
        get=logged_in(reauth("/accounts/2fa/totp/activate/")), post=logged_in(reauth("/accounts/2fa/totp/activate/"))
    ),
    "accounts/2fa/totp/deactivate/": Row(
        get=logged_in(reauth("/accounts/2fa/totp/deactivate/"), "404"),
        post=logged_in(reauth("/accounts/2fa/totp/deactivate/"), "404"),
    ),
    "accounts/2fa/recovery-codes/": Row(get=logged_in("404"), post=logged_in(405)),
    "accounts/2fa/recovery-codes/generate/": Row(
        get=logged_in(reauth("/accounts/2fa/recovery-codes/generate/")),
        post=logged_in(reauth("/accounts/2fa/recovery-codes/generate/")),
    ),
    "accounts/2fa/recovery-codes/download/": Row(get=logged_in("404"), post=logged_in("404")),
}
