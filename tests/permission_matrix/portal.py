"""portal: log-in landing, health, Min side, language, and the organisation's back office (people, units, roles)."""

from tests import factories
from tests.permission_matrix import ANY, LOGGED_IN, NOT_FOUND, OK_FOR_ALL, OWN_UNIT, STAFF, SUPERUSER, Row, staff

SUPERUSER_POST = ("login", "login", "login", "denied", "denied", "denied", ANY)
NOBODY = staff("denied")  # actions a viewset leaves out (e.g. people are added by the domain, not a form)

FIXTURES = {
    "membership": lambda w: w.tidgiver.memberships.get(),
    "volunteer_role": lambda w: factories.make_volunteer_role("Aktivitetsvenn", slug="aktivitetsvenn"),
}

ROWS = {
    "etter-innlogging/": Row(
        get=("login", "redirect:/min-side/", "redirect:/min-side/", *("denied",) * 4),
        post=("login", "redirect:/min-side/", "redirect:/min-side/", *("denied",) * 4),
    ),
    "healthz": Row(get=OK_FOR_ALL, post=OK_FOR_ALL),
    "min-side/": Row(get=LOGGED_IN, post=LOGGED_IN),
    "i18n/setlang/": Row(get=("redirect:/",) * 7, post=("redirect:/",) * 7),
    "sprak/<str:code>/": Row(get=("redirect:/en/",) * 7, post=("redirect:/en/",) * 7, url="/sprak/en/"),
    "/sprak/xx/": Row(get=NOT_FOUND, post=NOT_FOUND),
    # People: staff see the memberships of their own units.
    "admin/people/": Row(get=STAFF, post=staff(405)),
    "/admin/people/?export=csv": Row(get=STAFF, post=None),
    "/admin/people/?export=xlsx": Row(get=STAFF, post=None),
    "admin/people/results/": Row(get=STAFF, post=staff(405)),
    "admin/people/new/": Row(get=NOBODY, post=NOBODY),
    "admin/people/edit/<int:pk>/": Row(
        get=OWN_UNIT, post=OWN_UNIT, url=lambda w: f"/admin/people/edit/{w.membership.pk}/"
    ),
    "admin/people/delete/<int:pk>/": Row(
        get=staff("denied", "404"),
        post=staff("denied", "404"),
        url=lambda w: f"/admin/people/delete/{w.membership.pk}/",
    ),
    "admin/people/history/<int:pk>/": Row(
        get=OWN_UNIT, post=staff(405, "404"), url=lambda w: f"/admin/people/history/{w.membership.pk}/"
    ),
    "admin/people/history-results/<int:pk>/": Row(
        get=OWN_UNIT, post=staff(405, "404"), url=lambda w: f"/admin/people/history-results/{w.membership.pk}/"
    ),
    "admin/people/usage/<int:pk>/": Row(
        get=OWN_UNIT, post=staff(405, "404"), url=lambda w: f"/admin/people/usage/{w.membership.pk}/"
    ),
    "admin/people/inspect/<int:pk>/": Row(
        get=OWN_UNIT, post=staff(405, "404"), url=lambda w: f"/admin/people/inspect/{w.membership.pk}/"
    ),
    # Units and Tidgiver roles are organisation-wide settings: superusers only.
    "admin/units/": Row(get=SUPERUSER, post=SUPERUSER_POST),
    "admin/units/results/": Row(get=SUPERUSER, post=SUPERUSER_POST),
    "admin/units/new/": Row(get=SUPERUSER, post=SUPERUSER_POST),
    **{
        f"admin/units/{view}/<int:pk>/": Row(
            get=SUPERUSER, post=SUPERUSER_POST, url=lambda w, view=view: f"/admin/units/{view}/{w.unit.pk}/"
        )
        for view in ("edit", "delete", "history", "history-results", "usage", "copy")
    },
    "admin/volunteer_roles/": Row(get=SUPERUSER, post=SUPERUSER_POST),
    "admin/volunteer_roles/results/": Row(get=SUPERUSER, post=SUPERUSER_POST),
    "admin/volunteer_roles/new/": Row(get=SUPERUSER, post=SUPERUSER_POST),
    **{
        f"admin/volunteer_roles/{view}/<int:pk>/": Row(
            get=SUPERUSER,
            post=SUPERUSER_POST,
            url=lambda w, view=view: f"/admin/volunteer_roles/{view}/{w.volunteer_role.pk}/",
        )
        for view in ("edit", "delete", "history", "history-results", "usage", "copy")
    },
}
