"""Tidgiver profiles: made active by approving an application; paused, ended or reactivated by a coordinator."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.org import audit
from portal.org.domain import set_membership
from portal.org.enums import Role
from portal.org.models import Membership

from ..enums import NO_PROFILE, VOLUNTEER_STATUS_TRANSITIONS, VolunteerStatus
from ..models import Volunteer, VolunteerStatusChange
from .errors import ScreeningError

STATUS_CHANGED = "volunteers.status_changed"
# Apps that keep more per Tidgiver profile (matching: availability, interests) fill it from the approved
# application. They register a function(volunteer, application) from their AppConfig.ready(): volunteers
# never imports them.
ON_APPROVED = []


def register_on_approved(function):
    if function not in ON_APPROVED:
        ON_APPROVED.append(function)
    return function


@transaction.atomic
def activate_for(application, *, actor=None):
    """The approved applicant's profile in the application's unit: created, or updated and active again.

    A profile in another unit stays where it is. Someone who already works as staff in the unit keeps that
    role (and the back office with it); everyone else becomes a Tidgiver member of the unit. Either way the
    status change is written like any other (``change_status``).
    """
    volunteer = Volunteer.objects.filter(user=application.user, unit=application.unit).first()
    fields = {
        "volunteer_role": application.volunteer_role,
        "interests": application.interests,
        "competencies": application.competencies,
        "languages": application.languages,
        "approved_at": application.state_changed_at,
        "application": application,
    }
    if volunteer is None:
        volunteer = Volunteer(user=application.user, unit=application.unit, status=NO_PROFILE, **fields)
        change_status(volunteer, VolunteerStatus.ACTIVE, actor=actor, reason=_("Approved."))
    else:
        Volunteer.objects.filter(pk=volunteer.pk).update(**fields)
        volunteer.refresh_from_db()
        change_status(volunteer, VolunteerStatus.ACTIVE, actor=actor, reason=_("Approved again."))
    _ensure_tidgiver_membership(application.user, application.unit, application.volunteer_role)
    for function in ON_APPROVED:
        function(volunteer, application)
    return volunteer


def _ensure_tidgiver_membership(user, unit, volunteer_role):
    membership = Membership.objects.filter(user=user, unit=unit).first()
    if membership is not None and membership.is_staff_role:
        return membership  # never downgrade a coordinator or unit admin
    return set_membership(user, unit, Role.TIDGIVER, volunteer_role)


def allowed_statuses(volunteer):
    return VOLUNTEER_STATUS_TRANSITIONS[volunteer.status]


def status_blockers(from_status, to_status):
    """Why a profile cannot go from ``from_status`` to ``to_status`` ([] when it can): the table in enums."""
    if to_status in VOLUNTEER_STATUS_TRANSITIONS[from_status]:
        return []
    return [
        ScreeningError(
            _("A Tidgiver cannot go from “%(from)s” to “%(to)s”.")
            % {"from": _status_label(from_status), "to": _status_label(to_status)}
        )
    ]


def _status_label(status):
    return VolunteerStatus(status).label if status in VolunteerStatus.values else "–"


@transaction.atomic
def change_status(volunteer, to_status, *, actor, reason=""):
    """The one status change of a Tidgiver profile (pause, end, reactivate; or its start, from ``NO_PROFILE``).

    Returns True if it changed, False if it already had it. Raises ScreeningError for a change the table in
    enums does not allow. Writes the status history, the audit entry, and the membership follows.
    """
    to_status = VolunteerStatus(to_status)
    if volunteer.pk is None:
        from_status = NO_PROFILE
    else:
        from_status = Volunteer.objects.select_for_update().values_list("status", flat=True).get(pk=volunteer.pk)
    if to_status == from_status:
        return False
    found = status_blockers(from_status, to_status)
    if found:
        raise found[0]
    volunteer.status = to_status
    if volunteer.pk is None:
        volunteer.save()
    else:
        volunteer.save(update_fields=["status"])
    _log_status(volunteer, from_status, actor, reason.strip())
    _membership_follows_status(volunteer)
    return True


def _membership_follows_status(volunteer):
    """An ended Tidgiver is no longer a member (no training, reminders or group messages); reactivating restores it."""
    if volunteer.status == VolunteerStatus.ENDED:
        Membership.objects.filter(user=volunteer.user_id, unit=volunteer.unit_id, role=Role.TIDGIVER).delete()
    else:
        _ensure_tidgiver_membership(volunteer.user, volunteer.unit, volunteer.volunteer_role)


def _log_status(volunteer, from_status, actor, reason):
    audit.record(volunteer, STATUS_CHANGED, user=actor, data={"from": from_status, "to": volunteer.status})
    return VolunteerStatusChange.objects.create(
        volunteer=volunteer,
        actor=actor,
        at=timezone.now(),
        from_status=from_status,
        to_status=volunteer.status,
        reason=reason,
    )
