"""The public API of training, for other apps (the screening checklist, Min side).

Importing this module has no side effects and loads no models; training never imports volunteers.
"""

__all__ = [
    "may_take_training",
    "renewals_due",
    "required_complete",
    "required_complete_by_user",
    "required_complete_condition",
    "status_for",
]


def required_complete(user, volunteer_role=None):
    """True when every module required before approval for the person's role is passed and not due again.

    ``volunteer_role`` (a portal.org VolunteerRole) decides which modules apply; without it the roles of
    the person's applicant and Tidgiver memberships do (a module without roles applies to everyone).
    """
    from .domain.status import statuses_for

    return all(
        status.complete for status in statuses_for(user, volunteer_role) if status.module.required_before_approval
    )


def required_complete_by_user(people):
    """``required_complete`` for many people at once: {user id: bool} for (user, volunteer_role) pairs.

    Two queries whatever the number of people; a role of None means only the modules for everyone apply.
    """
    from .domain.status import required_complete_by_user as _required_complete_by_user

    return _required_complete_by_user(people)


def required_complete_condition(user_field="user", role_field="volunteer_role"):
    """``required_complete_by_user`` as a database condition (a Q) on rows with a person and a Tidgiver role.

    ``user_field`` and ``role_field`` name the row's foreign keys, e.g. ``Volunteer.objects.filter(
    required_complete_condition())``. Loads the live modules and their roles (two queries); the check itself
    is one subquery per module.
    """
    from .domain.status import required_complete_condition as _required_complete_condition

    return _required_complete_condition(user_field, role_field)


def status_for(user, volunteer_role=None):
    """Every live module the person must take, as ModuleStatus (module, state, label, passed_on, due_on, complete)."""
    from .domain.status import statuses_for

    return statuses_for(user, volunteer_role)


def may_take_training(user):
    """Applicants in screening, Tidgivere and staff take training."""
    from .domain.access import may_take_training as _may_take_training

    return _may_take_training(user)


def renewals_due(staff_user, unit=None):
    """How many people in the staff member's units (or ``unit``) have a passed module that is due again.

    Read from the coordinator's matrix (a fixed number of queries however many people): a person counts once.
    """
    from .domain.matrix import build_matrix

    matrix = build_matrix(staff_user, unit=unit, due_again_only=True)
    return len({row.user.pk for row in matrix.rows})
