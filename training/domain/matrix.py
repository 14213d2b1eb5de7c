"""The coordinator's matrix: people in their units × training modules, with each person's status.

A fixed number of queries however many people: memberships, modules (+ roles), and progress.
"""

from dataclasses import dataclass

from django.utils import timezone

from portal.org.models import Membership
from portal.org.scoping import for_user

from ..enums import TRAINEE_ROLES, ModuleState
from ..models import ModuleProgress
from .access import live_modules
from .status import status_of


@dataclass(frozen=True)
class MatrixRow:
    membership: Membership
    cells: tuple  # one ModuleStatus per module, or None where the module is not for this person's role

    @property
    def user(self):
        return self.membership.user

    @property
    def unit(self):
        return self.membership.unit

    @property
    def overdue(self):
        return any(cell is not None and not cell.complete for cell in self.cells)

    @property
    def due_again(self):
        """A module passed before is due for renewal (what the coordinator's worklist counts)."""
        return any(cell is not None and cell.state == ModuleState.DUE_AGAIN for cell in self.cells)

    @property
    def overdue_modules(self):
        return [cell.module for cell in self.cells if cell is not None and not cell.complete]


@dataclass(frozen=True)
class Matrix:
    modules: list
    rows: list


def trainees_for(staff_user, unit=None, volunteer_role=None):
    """Applicants and Tidgivere in the staff member's units (a person in two units has two rows)."""
    memberships = for_user(Membership.objects.filter(role__in=TRAINEE_ROLES), staff_user)
    if unit is not None:
        memberships = memberships.filter(unit=unit)
    if volunteer_role is not None:
        memberships = memberships.filter(volunteer_role=volunteer_role)
    return memberships.select_related("user", "unit", "volunteer_role").order_by(
        "user__last_name", "user__first_name", "unit__name", "pk"
    )


def build_matrix(staff_user, unit=None, volunteer_role=None, overdue_only=False, due_again_only=False, today=None):
    today = today or timezone.localdate()
    memberships = trainees_for(staff_user, unit, volunteer_role)
    modules = list(live_modules())
    progress = {
        (row.user_id, row.module_id): row
        for row in ModuleProgress.objects.filter(user__in=memberships.values("user_id"), module__in=modules)
    }
    rows = []
    for membership in memberships:
        role_ids = {membership.volunteer_role_id} - {None}
        cells = tuple(
            status_of(module, progress.get((membership.user_id, module.pk)), today)
            if module.applies_to_role_ids(role_ids)
            else None
            for module in modules
        )
        row = MatrixRow(membership, cells)
        if (row.overdue or not overdue_only) and (row.due_again or not due_again_only):
            rows.append(row)
    return Matrix(modules, rows)
