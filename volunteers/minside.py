"""Sections of Min side that the volunteers app provides."""

from django.utils.translation import gettext_lazy as _

from . import rules
from .domain import declarations
from .enums import ApplicationState
from .models import Application, Volunteer

EMPTY_SECTION = "includes/empty_section.html"
S = ApplicationState

# What each state means for the applicant, in their words (the internal steps are the coordinator's business).
STATE_EXPLANATIONS = {
    S.AWAITING_GUARDIAN: _("We are waiting for your guardian to confirm. We have sent them a link."),
    S.RECEIVED: _("We have received your application. A coordinator will contact you within a week."),
    S.CONTACTED: _("A coordinator has been in touch and will agree a time for a conversation with you."),
    S.CONVERSATION_BOOKED: _("You have a conversation booked with a coordinator."),
    S.CONVERSATION_HELD: _("Thank you for the conversation! We are looking at the next steps."),
    S.REFERENCES: _("We are talking with your references."),
    S.DECLARATIONS: _("Next: sign the confidentiality declaration and complete the training."),
    S.READY: _("Everything is in place. A coordinator will approve your application soon."),
    S.ON_HOLD: _("Your application is on hold for now. A coordinator will contact you."),
    S.APPROVED: _("Your application is approved."),
    S.WITHDRAWN: _("You withdrew your application. You are welcome to apply again."),
    S.REJECTED: _("We are not taking your application further now. Thank you for your interest."),
}


def own_volunteers(request):
    """The person's Tidgiver profiles (one per unit, by unit name): one query per request, shared by the sections."""
    cached = getattr(request, "_own_volunteers", None)
    if cached is None:
        cached = list(
            Volunteer.objects.filter(user=request.user).select_related("unit", "volunteer_role").order_by("unit__name")
        )
        request._own_volunteers = cached
    return cached


def latest_application(user, **annotations):
    return (
        Application.objects.filter(user=user, anonymised_at=None)
        .annotate(**annotations)
        .select_related("unit", "volunteer_role")
        .order_by("-submitted_at")
        .first()
    )


def application_section(request):
    user = request.user
    volunteers = own_volunteers(request)
    volunteer = volunteers[0] if volunteers else None
    declaration = declarations.cached_current_declaration()
    signing = {"declaration_signed_at": declarations.signed_at(user, declaration)} if declaration else {}
    # A Tidgiver's section shows the application only for its unconfirmed number: no query when there is none.
    # When it is read, it brings when the person signed the declaration along.
    application = latest_application(user, **signing) if volunteer is None or not user.phone_verified else None
    if volunteer is None and application is None:
        return {"template": EMPTY_SECTION, "title": _("Application"), "empty": _("You have no application yet.")}
    if declaration is None:
        signed_at = None
    elif application is not None:
        signed_at = application.declaration_signed_at
    else:
        signed_at = declarations.signed_on(user, declaration)
    signature = {"declaration": declaration, "signed_at": signed_at} if signed_at else None
    return {
        "template": "volunteers/minside/application_section.html",
        "title": _("Tidgiver") if volunteer else _("Application"),
        "volunteer": volunteer,
        "volunteers": volunteers,
        "application": application,
        "explanation": STATE_EXPLANATIONS.get(application.state) if application else "",
        "declaration": declaration,
        "signature": signature,
        "show_sign": declaration is not None and signature is None and rules.may_sign_declaration(user, volunteers),
        # The number typed into the form is not the account's until a code proves it (finding 5).
        "unproved_phone": application.phone if application and not user.phone_verified else "",
    }
