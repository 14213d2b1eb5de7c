"""matching and the shared vocabularies: the Tidgiver's answer on Min side, the vocabulary snippets."""

from tests.permission_matrix import ANY, OWN_UNIT, STAFF, SUPERUSER, Row, staff

SUPERUSER_POST = ("login", "login", "login", "denied", "denied", "denied", ANY)
NOBODY = staff("denied")
# Only the Tidgiver who was asked may answer (world.volunteer belongs to world.tidgiver); everyone else gets a 404.
ANSWER_GET = ("login", 405, 405, 405, 405, 405, 405)
ANSWER_POST = ("login", "404", "redirect:/min-side/", "404", "404", "404", "404")
VOCABULARIES = ("interest", "competency", "language")


def _participant(world):
    from tests import factories

    return factories.make_participant(world.unit, display_name="Matrise")


def _proposal(world):
    from tests.volunteers.matching.conftest import make_proposal

    return make_proposal(world.match_participant, world.volunteer)


def _vocabulary_entry(model_name):
    def make(world):
        from django.apps import apps

        return apps.get_model("volunteers", model_name).objects.order_by("pk").first()

    return make


def _match(world):
    from tests import factories
    from tests.volunteers.matching.conftest import make_match

    return make_match(factories.make_participant(world.unit, display_name="Matrise2"), world.volunteer)


FIXTURES = {
    "match_participant": _participant,
    "proposal": _proposal,
    "match": _match,
    **{f"vocabulary_{name}": _vocabulary_entry(name) for name in VOCABULARIES},
}


def _vocabulary_rows(name):
    base = f"admin/snippets/volunteers/{name}"
    chooser = f"admin/snippets/choose/volunteers/{name}"
    fixture = f"vocabulary_{name}"

    def by_pk(view, prefix=base):
        return lambda w: f"/{prefix}/{view}/{getattr(w, fixture).pk}/"

    return {
        f"{base}/": Row(get=STAFF, post=staff(405)),
        f"{base}/results/": Row(get=STAFF, post=staff(405)),
        f"{base}/add/": Row(get=SUPERUSER, post=SUPERUSER_POST),
        f"{base}/edit/<int:pk>/": Row(get=SUPERUSER, post=SUPERUSER_POST, url=by_pk("edit")),
        f"{base}/copy/<int:pk>/": Row(get=SUPERUSER, post=SUPERUSER_POST, url=by_pk("copy")),
        # Entries are retired ("in use" off), never deleted: profiles that have them keep their meaning.
        f"{base}/delete/<int:pk>/": Row(get=NOBODY, post=NOBODY, url=by_pk("delete")),
        # Usage and history are for those who may change the entry (Wagtail's own check).
        **{
            f"{base}/{view}/<int:pk>/": Row(get=SUPERUSER, post=staff("denied", superuser=405), url=by_pk(view))
            for view in ("usage", "history", "history-results")
        },
        f"{chooser}/": Row(get=STAFF, post=staff(405)),
        f"{chooser}/results/": Row(get=STAFF, post=staff(405)),
        f"{chooser}/chosen/<str:pk>/": Row(get=STAFF, post=staff(405), url=by_pk("chosen", chooser)),
        f"{chooser}/chosen-multiple/": Row(get=STAFF, post=staff(405)),
        # An empty POST to the chooser's create form is a 500 inside Wagtail (as for the declaration's chooser).
        f"{chooser}/create/": Row(get=SUPERUSER, post=staff("denied", superuser=500)),
    }


POST_ONLY = staff(405)  # the method is checked before the unit
PROPOSAL_BACK = staff("redirect:/admin/proposals/inspect/{w.proposal.pk}/", "404")
MATCH_BACK = staff("redirect:/admin/matches/inspect/{w.match.pk}/", "404")
LIST_ONLY = {"get": STAFF, "post": staff(405)}


def _listing(base):
    return {
        f"admin/{base}/": Row(**LIST_ONLY),
        f"admin/{base}/results/": Row(**LIST_ONLY),
        f"/admin/{base}/?export=csv": Row(get=STAFF, post=None),
        f"/admin/{base}/?export=xlsx": Row(get=STAFF, post=None),
    }


ROWS = {
    **_listing("proposals"),
    **_listing("matches"),
    "admin/proposals/inspect/<int:pk>/": Row(
        get=OWN_UNIT, post=staff(405, "404"), url=lambda w: f"/admin/proposals/inspect/{w.proposal.pk}/"
    ),
    **{
        f"admin/proposals/<int:pk>/{action}/": Row(
            get=POST_ONLY,
            post=PROPOSAL_BACK,
            url=lambda w, action=action: f"/admin/proposals/{w.proposal.pk}/{action}/",
        )
        for action in ("withdraw", "answer", "activate")
    },
    "admin/matches/board/": Row(**LIST_ONLY),
    "admin/matches/inspect/<int:pk>/": Row(
        get=OWN_UNIT, post=staff(405, "404"), url=lambda w: f"/admin/matches/inspect/{w.match.pk}/"
    ),
    **{
        f"admin/matches/<int:pk>/{action}/": Row(
            get=POST_ONLY, post=MATCH_BACK, url=lambda w, action=action: f"/admin/matches/{w.match.pk}/{action}/"
        )
        for action in ("pause", "resume", "close", "first-meeting", "follow-up")
    },
    "admin/follow-ups/": Row(**LIST_ONLY),
    "match/forslag/<int:pk>/svar/": Row(
        get=ANSWER_GET, post=ANSWER_POST, url=lambda w: f"/match/forslag/{w.proposal.pk}/svar/"
    ),
    **{route: row for name in VOCABULARIES for route, row in _vocabulary_rows(name).items()},
}
