"""Where a person stands with each module: passed (and until when), due again, not passed, not started."""

import datetime
from dataclasses import dataclass

from django.utils import timezone

from ..enums import ModuleState
from ..models import ModuleProgress
from .access import modules_for
from .dates import add_months


@dataclass(frozen=True)
class ModuleStatus:
    module: object
    state: ModuleState
    passed_on: datetime.date | None = None
    due_on: datetime.date | None = None

    @property
    def complete(self):
        return self.state == ModuleState.PASSED

    @property
    def label(self):
        return self.state.label


def due_on(module, progress):
    """When a passed module must be taken again: after the refresh interval, or from when retraining was required."""
    if progress is None or progress.passed_at is None:
        return None
    candidates = []
    if module.refresh_interval_months:
        candidates.append(add_months(timezone.localdate(progress.passed_at), module.refresh_interval_months))
    if (progress.passed_version or 0) < module.retraining_version:
        candidates.append(module.retraining_required_on or timezone.localdate(progress.passed_at))
    return min(candidates, default=None)


def status_of(module, progress, today=None):
    today = today or timezone.localdate()
    if progress is None:
        return ModuleStatus(module, ModuleState.NOT_STARTED)
    if progress.passed_at is None:
        state = ModuleState.NOT_PASSED if progress.attempt_count else ModuleState.STARTED
        return ModuleStatus(module, state)
    due = due_on(module, progress)
    state = ModuleState.DUE_AGAIN if due is not None and due <= today else ModuleState.PASSED
    return ModuleStatus(module, state, timezone.localdate(progress.passed_at), due)


def progress_by_module(user, modules):
    rows = ModuleProgress.objects.filter(user=user, module__in=[module.pk for module in modules])
    return {row.module_id: row for row in rows}


def statuses_for(user, volunteer_role=None, today=None, modules=None):
    """The status of every live module the person must take (or of ``modules``), in the order of the page tree."""
    modules = modules_for(user, volunteer_role) if modules is None else modules
    progress = progress_by_module(user, modules)
    return [status_of(module, progress.get(module.pk), today) for module in modules]


def status_for_module(user, module, today=None):
    return status_of(module, ModuleProgress.objects.filter(user=user, module=module).first(), today)
