"""The volunteers app's part of "download my data" and "delete me" (registered in apps.py).

Applications (what the person wrote and where it stands), signed declarations and Tidgiver profiles. Coordinators'
internal working notes, assessments of references and reasons for rejection are internal case preparation and
left out of the download (personopplysningsloven § 16 første ledd bokstav e); docs/personvern.md says so.
"""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from portal.privacy.describe import describe
from portal.privacy.registry import register

from .domain import profiles, retention, screening
from .domain.applications import FORM_FIELDS
from .enums import ApplicationState, EventKind, VolunteerStatus
from .models import Application, ApplicationEvent, ConfidentialitySignature, Volunteer, VolunteerStatusChange

APPLICATION_FIELDS = (
    *FORM_FIELDS,
    "guardian_confirmed_at",
    "consented_at",
    "submitted_at",
    "state",
    "state_changed_at",
)
SIGNATURE_FIELDS = ("declaration", "full_name", "signed_at", "ip")
VOLUNTEER_FIELDS = ("unit", "volunteer_role", "status", "approved_at", "interests", "competencies", "languages")


def collect(user):
    applications = Application.objects.filter(user=user, anonymised_at=None).select_related("unit", "volunteer_role")
    return {
        str(_("Applications")): [_application(application) for application in applications.order_by("submitted_at")],
        str(_("Signed confidentiality declarations")): [
            describe(signature, SIGNATURE_FIELDS)
            for signature in ConfidentialitySignature.objects.filter(user=user).select_related("declaration")
        ],
        str(_("Tidgiver profiles")): [
            describe(volunteer, VOLUNTEER_FIELDS)
            for volunteer in Volunteer.objects.filter(user=user).select_related("unit", "volunteer_role")
        ],
    }


def _application(application):
    steps = ApplicationEvent.objects.filter(application=application, kind=EventKind.TRANSITION).order_by("at", "pk")
    updates = application.pending_updates.order_by("created_at", "pk")
    return {
        **describe(application, APPLICATION_FIELDS),
        str(_("Status changes")): [describe(step, ("at", "from_state", "to_state")) for step in steps],
        str(_("Answers sent again")): [
            {**describe(update, ("created_at", "state")), str(_("new answers")): update.answers} for update in updates
        ],
    }


def erase(user):
    """Close open applications without a message, anonymise every application, end the Tidgiver profiles."""
    reason = _("Closed: the person asked to be deleted.")
    for application in Application.objects.filter(user=user, anonymised_at=None).order_by("pk"):
        if application.is_open:
            screening.transition(application, ApplicationState.WITHDRAWN, actor=None, reason=reason, notify=False)
        retention.anonymise(application)
    ConfidentialitySignature.objects.filter(user=user).delete()
    for volunteer in Volunteer.objects.filter(user=user):
        if volunteer.status != VolunteerStatus.ENDED:
            profiles.change_status(volunteer, VolunteerStatus.ENDED, actor=None, reason=reason)
    # Kept for statistics: unit, role, status and dates. What the person wrote goes.
    Volunteer.objects.filter(user=user).update(competencies="", languages="", interests=[])
    VolunteerStatusChange.objects.filter(volunteer__user=user).update(reason="")


def register_privacy_part():
    register("volunteers", title=gettext_lazy("Applications and Tidgiver profiles"), collect=collect, erase=erase)
