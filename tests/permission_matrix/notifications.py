"""notifications: the outbox, the SMS inbox, templates and caps in the back office; settings pages; webhooks."""

from tests.permission_matrix import ANY, OWN_UNIT, STAFF, SUPERUSER, Row, staff

SUPERUSER_POST = ("login", "login", "login", "denied", "denied", "denied", ANY)
NOBODY = staff("denied")
NOBODY_NOT_EVEN_FOUND = staff("denied", "404")  # another unit's row is not there at all
# Templates are organisation-wide: unit admins and superusers edit the wording, coordinators do not.
ADMINS = ("login", "login", "login", "denied", "denied", "ok", "ok")
ADMINS_POST = ("login", "login", "login", "denied", "denied", ANY, ANY)
REAUTH = "redirect:/accounts/reauthenticate/"


def _outbound(world):
    from notifications.api import send

    [row] = send(world.tidgiver, "notifications.group_message", {"tekst": "Temakveld"}, channels=("email",))
    return row


def _inbound(world):
    from notifications.models import InboundMessage

    return InboundMessage.objects.create(
        provider_id="SM1", phone="+4741234567", body="Kan ikke i dag", user=world.tidgiver, unit=world.unit
    )


def _template(world):
    from notifications.models import MessageTemplate

    return MessageTemplate.objects.get_or_create(key="notifications.group_message")[0]


def _sms_cap(world):
    from notifications.models import UnitSmsCap

    return UnitSmsCap.objects.create(unit=world.unit, monthly_limit=500)


FIXTURES = {"outbound": _outbound, "inbound": _inbound, "template": _template, "sms_cap": _sms_cap}


def _each(prefix, views, fixture, get, post):
    return {
        f"admin/{prefix}/{view}/<int:pk>/": Row(
            get=get, post=post, url=lambda w, view=view: f"/admin/{prefix}/{view}/{getattr(w, fixture).pk}/"
        )
        for view in views
    }


ROWS = {
    "admin/outbox/": Row(get=STAFF, post=staff(405)),
    "/admin/outbox/?export=csv": Row(get=STAFF, post=None),
    "/admin/outbox/?export=xlsx": Row(get=STAFF, post=None),
    "admin/outbox/results/": Row(get=STAFF, post=staff(405)),
    "admin/outbox/new/": Row(get=NOBODY, post=NOBODY),
    **_each("outbox", ("edit",), "outbound", NOBODY, NOBODY),
    **_each("outbox", ("delete", "history", "history-results", "usage"), "outbound", *[NOBODY_NOT_EVEN_FOUND] * 2),
    **_each("outbox", ("inspect",), "outbound", OWN_UNIT, staff(405, "404")),
    "admin/sms_inbox/": Row(get=STAFF, post=staff(405)),
    "admin/sms_inbox/results/": Row(get=STAFF, post=staff(405)),
    "admin/sms_inbox/new/": Row(get=NOBODY, post=NOBODY),
    **_each("sms_inbox", ("delete",), "inbound", NOBODY_NOT_EVEN_FOUND, NOBODY_NOT_EVEN_FOUND),
    **_each("sms_inbox", ("history", "history-results", "usage", "inspect"), "inbound", OWN_UNIT, staff(405, "404")),
    **_each("sms_inbox", ("edit",), "inbound", OWN_UNIT, staff(ANY, "404")),
    "admin/message_templates/": Row(get=ADMINS, post=ADMINS_POST),
    "admin/message_templates/results/": Row(get=ADMINS, post=ADMINS_POST),
    "admin/message_templates/new/": Row(get=NOBODY, post=NOBODY),
    **_each("message_templates", ("edit", "history", "history-results", "usage"), "template", ADMINS, ADMINS_POST),
    **_each("message_templates", ("delete",), "template", NOBODY, NOBODY),
    "admin/sms_caps/": Row(get=SUPERUSER, post=SUPERUSER_POST),
    "admin/sms_caps/results/": Row(get=SUPERUSER, post=SUPERUSER_POST),
    "admin/sms_caps/new/": Row(get=SUPERUSER, post=SUPERUSER_POST),
    **_each(
        "sms_caps", ("edit", "delete", "history", "history-results", "usage"), "sms_cap", SUPERUSER, SUPERUSER_POST
    ),
    # Twilio's webhooks answer only signed requests, whoever sends them.
    "notifications/twilio/status/": Row(get=(405,) * 7, post=("403",) * 7),
    "notifications/twilio/inbound/": Row(get=(405,) * 7, post=("403",) * 7),
    "notifications/innstillinger/": Row(get=("login", *("ok",) * 6), post=("login", *("ok",) * 6)),
    "notifications/mobilnummer/": Row(
        get=("login", *(f"{REAUTH}?next=%2Fnotifications%2Fmobilnummer%2F",) * 6),
        post=("login", *(f"{REAUTH}?next=%2Fnotifications%2Fmobilnummer%2F",) * 6),
    ),
    "notifications/mobilnummer/bekreft/": Row(
        get=("login", *("redirect:/notifications/mobilnummer/",) * 6),
        post=("login", *("redirect:/notifications/mobilnummer/",) * 6),
    ),
    # People with a password confirm it on allauth's page.
    "notifications/bekreft-at-det-er-deg/": Row(get=("login", *(REAUTH,) * 6), post=("login", *(REAUTH,) * 6)),
}
