"""volunteers: recruitment and screening in the back office, declarations, and the applicant's own pages."""

from tests.permission_matrix import ANY, NOT_FOUND, OWN_UNIT, STAFF, SUPERUSER, Row, staff

SUPERUSER_POST = ("login", "login", "login", "denied", "denied", "denied", ANY)
OWN_UNIT_GET_ONLY = staff(405, "404")
POST_ONLY = staff(405)  # the method is checked before the unit
APPLICANT_ONLY = ("login", "ok", "404", "404", "404", "404", "404")
# Withdrawing sends the applicant back to Min side.
WITHDRAW_POST = ("login", "redirect:/min-side/", "404", "404", "404", "404", "404")
# The applicant signs before approval; the Tidgiver (world.volunteer) signs a new version.
SIGNERS = ("login", "ok", "ok", "404", "404", "404", "404")


def _application(world):
    from tests.volunteers.conftest import make_application

    return make_application(world.unit, volunteer_role=world.volunteer_role)


def _applicants_own_application(world):
    from tests.volunteers.conftest import make_application

    return make_application(world.unit, user=world.applicant, email=world.applicant.email)


def _youth_application(world):
    from tests.volunteers.conftest import make_application

    return make_application(
        world.unit, state="awaiting_guardian", guardian_name="Gro", guardian_phone="+4790011222", with_user=False
    )


def _reference(world):
    from volunteers.models import Reference

    return Reference.objects.create(application=world.application, name="Per", relation="Venn", contact="+4790000000")


def _volunteer(world):
    from volunteers.models import Volunteer

    return Volunteer.objects.create(user=world.tidgiver, unit=world.unit, volunteer_role=world.volunteer_role)


def _declaration(world):
    from volunteers.models import ConfidentialityDeclaration

    return ConfidentialityDeclaration.objects.create(text="Jeg lover å bevare taushet.")


def _requirement(world):
    from volunteers.models import ChecklistRequirement

    return ChecklistRequirement.objects.create(unit=world.unit, kind="references", required=False)


def _decided_update(world):
    """Already decided, so a POST changes nothing for anyone (the domain refuses and the page says so)."""
    from volunteers.enums import UpdateState
    from volunteers.models import PendingUpdate

    return PendingUpdate.objects.create(
        application=world.application, unit=world.unit, answers={"motivation": "Ny"}, state=UpdateState.DISCARDED
    )


def _guardian_token(world):
    from volunteers.domain import applications

    return applications.guardian_token(world.youth_application)


FIXTURES = {
    "application": _application,
    "applicants_own_application": _applicants_own_application,
    "youth_application": _youth_application,
    "reference": _reference,
    "volunteer": _volunteer,
    "declaration": _declaration,
    "requirement": _requirement,
    "guardian_token": _guardian_token,
    "decided_update": _decided_update,
}


def _application_url(suffix=""):
    return lambda w: f"/admin/applications/{w.application.pk}/{suffix}"


STATUS_REDIRECT = "redirect:/admin/tidgivere/inspect/{w.volunteer.pk}/"
DECLARATIONS = "admin/snippets/volunteers/confidentialitydeclaration"
DECLARATION_CHOOSER = "admin/snippets/choose/volunteers/confidentialitydeclaration"

ROWS = {
    "admin/applications/": Row(get=STAFF, post=staff(405)),
    "/admin/applications/?export=csv": Row(get=STAFF, post=None),
    "/admin/applications/?export=xlsx": Row(get=STAFF, post=None),
    "/admin/applications/results/?q=a": Row(get=STAFF, post=None),
    "admin/applications/results/": Row(get=STAFF, post=staff(405)),
    "admin/applications/<int:pk>/": Row(get=OWN_UNIT, post=POST_ONLY, url=_application_url()),
    "admin/applications/history/<int:pk>/": Row(
        get=OWN_UNIT, post=OWN_UNIT_GET_ONLY, url=lambda w: f"/admin/applications/history/{w.application.pk}/"
    ),
    "admin/applications/history-results/<int:pk>/": Row(
        get=OWN_UNIT, post=OWN_UNIT_GET_ONLY, url=lambda w: f"/admin/applications/history-results/{w.application.pk}/"
    ),
    # The actions on the screening page answer POST only; an empty form changes nothing (200 with the errors).
    **{
        f"admin/applications/<int:pk>/{action}/": Row(get=POST_ONLY, post=OWN_UNIT, url=_application_url(f"{action}/"))
        for action in ("transition", "conversation", "reference", "police-certificate", "note", "guardian", "role")
    },
    "admin/applications/<int:pk>/reference/<int:reference_pk>/": Row(
        get=POST_ONLY,
        post=OWN_UNIT,
        url=lambda w: f"/admin/applications/{w.application.pk}/reference/{w.reference.pk}/",
    ),
    **{
        f"admin/applications/<int:pk>/update/<int:update_pk>/{action}/": Row(
            get=POST_ONLY,
            post=OWN_UNIT,
            url=lambda w, action=action: (
                f"/admin/applications/{w.application.pk}/update/{w.decided_update.pk}/{action}/"
            ),
        )
        for action in ("apply", "discard")
    },
    "/admin/bulk/volunteers/application/mark_contacted/?id={application}": Row(
        get=OWN_UNIT,
        post=None,
        url=lambda w: f"/admin/bulk/volunteers/application/mark_contacted/?id={w.application.pk}",
    ),
    "/admin/bulk/volunteers/application/put_on_hold/?id={application}": Row(
        get=OWN_UNIT, post=None, url=lambda w: f"/admin/bulk/volunteers/application/put_on_hold/?id={w.application.pk}"
    ),
    "admin/tidgivere/": Row(get=STAFF, post=staff(405)),
    "/admin/tidgivere/?export=csv": Row(get=STAFF, post=None),
    "/admin/tidgivere/?export=xlsx": Row(get=STAFF, post=None),
    "admin/tidgivere/results/": Row(get=STAFF, post=staff(405)),
    **{
        f"admin/tidgivere/{view}/<int:pk>/": Row(
            get=OWN_UNIT, post=OWN_UNIT_GET_ONLY, url=lambda w, view=view: f"/admin/tidgivere/{view}/{w.volunteer.pk}/"
        )
        for view in ("inspect", "history", "history-results")
    },
    # The status form redirects back to the Tidgiver's page (with a message) whether or not anything changed.
    "admin/tidgivere/status/<int:pk>/": Row(
        get=POST_ONLY,
        post=staff(STATUS_REDIRECT, "404"),
        url=lambda w: f"/admin/tidgivere/status/{w.volunteer.pk}/",
    ),
    "admin/confidentiality_signatures/": Row(get=STAFF, post=staff(405)),
    "/admin/confidentiality_signatures/?export=csv": Row(get=STAFF, post=None),
    "/admin/confidentiality_signatures/?export=xlsx": Row(get=STAFF, post=None),
    "/admin/confidentiality_signatures/?declaration={declaration}": Row(
        get=STAFF, post=None, url=lambda w: f"/admin/confidentiality_signatures/?declaration={w.declaration.pk}"
    ),
    "admin/confidentiality_signatures/results/": Row(get=STAFF, post=staff(405)),
    "admin/checklist_requirements/": Row(get=STAFF, post=staff(405)),
    "admin/checklist_requirements/results/": Row(get=STAFF, post=staff(405)),
    "admin/checklist_requirements/new/": Row(get=STAFF, post=STAFF),
    **{
        f"admin/checklist_requirements/{view}/<int:pk>/": Row(
            get=OWN_UNIT,
            post=staff(ANY, "404"),
            url=lambda w, view=view: f"/admin/checklist_requirements/{view}/{w.requirement.pk}/",
        )
        for view in ("edit", "delete", "history", "history-results", "usage")
    },
    # Declaration versions: staff read them; only a superuser adds a new version; nobody edits or deletes one.
    f"{DECLARATIONS}/": Row(get=STAFF, post=staff(405)),
    f"{DECLARATIONS}/results/": Row(get=STAFF, post=staff(405)),
    f"{DECLARATIONS}/add/": Row(get=SUPERUSER, post=SUPERUSER_POST),
    **{
        f"{DECLARATIONS}/{view}/<int:pk>/": Row(
            get=staff("denied"),
            post=staff("denied"),
            url=lambda w, view=view: f"/{DECLARATIONS}/{view}/{w.declaration.pk}/",
        )
        for view in ("edit", "delete")
    },
    **{
        f"{DECLARATIONS}/{view}/<int:pk>/": Row(
            get=STAFF, post=staff(405), url=lambda w, view=view: f"/{DECLARATIONS}/{view}/{w.declaration.pk}/"
        )
        for view in ("inspect",)
    },
    **{
        f"{DECLARATIONS}/{view}/<int:pk>/": Row(
            get=SUPERUSER, post=SUPERUSER_POST, url=lambda w, view=view: f"/{DECLARATIONS}/{view}/{w.declaration.pk}/"
        )
        for view in ("history", "history-results")
    },
    f"{DECLARATIONS}/usage/<int:pk>/": Row(
        get=staff("denied"), post=staff("denied"), url=lambda w: f"/{DECLARATIONS}/usage/{w.declaration.pk}/"
    ),
    f"{DECLARATIONS}/copy/<int:pk>/": Row(
        get=SUPERUSER, post=SUPERUSER_POST, url=lambda w: f"/{DECLARATIONS}/copy/{w.declaration.pk}/"
    ),
    f"{DECLARATION_CHOOSER}/": Row(get=STAFF, post=staff(405)),
    f"{DECLARATION_CHOOSER}/results/": Row(get=STAFF, post=staff(405)),
    f"{DECLARATION_CHOOSER}/chosen-multiple/": Row(get=STAFF, post=staff(405)),
    # An empty POST to the chooser's create form is a 500 inside Wagtail (noticed, left alone).
    f"{DECLARATION_CHOOSER}/create/": Row(get=SUPERUSER, post=staff("denied", superuser=500)),
    f"{DECLARATION_CHOOSER}/chosen/<str:pk>/": Row(
        get=STAFF, post=None, url=lambda w: f"/{DECLARATION_CHOOSER}/chosen/{w.declaration.pk}/"
    ),
    "admin/group-message/": Row(get=STAFF, post=STAFF),
    # The applicant's own pages (Tidgivere and staff have no application: 404).
    "tidgiver/soknad/trekk/": Row(get=APPLICANT_ONLY, post=WITHDRAW_POST),
    "tidgiver/soknad/kontaktinformasjon/": Row(get=APPLICANT_ONLY, post=APPLICANT_ONLY),
    "tidgiver/taushetserklaering/": Row(get=SIGNERS, post=SIGNERS),
    # The guardian's link needs no log-in, only a valid token.
    "tidgiver/foresatt/<str:token>/": Row(
        get=("ok",) * 7, post=("ok",) * 7, url=lambda w: f"/tidgiver/foresatt/{w.guardian_token}/"
    ),
    "/tidgiver/foresatt/not-a-token/": Row(get=NOT_FOUND, post=NOT_FOUND),
    # A confirmation link is its own proof: anybody with a valid one may use it, a broken one is a 404.
    "tidgiver/soknad/bekreft-endringer/<str:token>/": Row(
        get=NOT_FOUND, post=NOT_FOUND, url="/tidgiver/soknad/bekreft-endringer/tull/"
    ),
}
