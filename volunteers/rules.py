"""Who may do what with applications, Tidgiver profiles and the declaration. Views, Min side, the admin and
tests ask here (the organisation's own rules, e.g. who is staff or manages a unit, are in portal.org.rules).
"""

from .enums import VolunteerStatus
from .models import Application, Volunteer


def may_sign_declaration(user):
    """An applicant with an open application, or a Tidgiver whose profile has not ended."""
    if not user.is_authenticated:
        return False
    if Application.objects.open().filter(user=user, anonymised_at=None).exists():
        return True
    return Volunteer.objects.filter(user=user).exclude(status=VolunteerStatus.ENDED).exists()
