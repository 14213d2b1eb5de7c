"""Who may do what with applications, Tidgiver profiles and the declaration. Views, Min side, the admin and
tests ask here (the organisation's own rules, e.g. who is staff or manages a unit, are in portal.org.rules).
"""

from .enums import VolunteerStatus
from .models import Application, Volunteer


def may_sign_declaration(user, volunteers=None):
    """An applicant with an open application, or a Tidgiver whose profile has not ended.

    ``volunteers``: all of the person's Tidgiver profiles when the caller has them loaded (Min side), so a
    Tidgiver is answered without a query.
    """
    if not user.is_authenticated:
        return False
    if volunteers is not None:
        if any(volunteer.status != VolunteerStatus.ENDED for volunteer in volunteers):
            return True
    elif Volunteer.objects.filter(user=user).exclude(status=VolunteerStatus.ENDED).exists():
        return True
    return Application.objects.open().filter(user=user, anonymised_at=None).exists()
