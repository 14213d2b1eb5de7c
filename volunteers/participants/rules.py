"""Who may do what with participant records. Read by the back-office views, the home panel and tests.

Participants are own-unit staff business only: coordinators and unit admins of the participant's unit (and
superusers). Tidgivers never see the record; matching shows them what the match shares.
"""

from portal.org.rules import is_staff_member, is_unit_admin
from portal.org.scoping import staff_units

from .enums import ParticipantStatus

P = ParticipantStatus

# The status moves staff make with the buttons on the record. Matching makes the others (waiting → matched when
# a match starts, matched → waiting or ended when it closes).
STAFF_STATUS_MOVES = {
    P.WAITING: frozenset({P.PAUSED, P.ENDED}),
    P.PAUSED: frozenset({P.WAITING, P.ENDED}),
    P.MATCHED: frozenset({P.PAUSED}),
    P.ENDED: frozenset({P.WAITING}),
}


def may_work_with_participants(user):
    return is_staff_member(user)


def may_view(user, participant):
    return is_staff_member(user) and staff_units(user).filter(pk=participant.unit_id).exists()


def may_see_access_log(user, participant):
    """The unit admin (and superusers) see who looked at the record; coordinators do not."""
    return is_unit_admin(user, participant.unit)


def staff_status_moves(participant):
    from .domain.status import allowed_statuses

    return STAFF_STATUS_MOVES[participant.status] & allowed_statuses(participant)
