"""Where a person stands with each module: passed (and until when), due again, not passed, not started."""

import datetime
import operator
from dataclasses import dataclass
from functools import reduce

from django.db.models import Count, Q
from django.utils import timezone

from ..enums import ModuleState
from ..models import ModuleProgress
from .access import live_modules, modules_for
from .dates import add_months


@dataclass(frozen=True)
class ModuleStatus:
    module: object
    state: ModuleState
    passed_on: datetime.date | None = None
    due_on: datetime.date | None = None
    # What the person reads and where (translations.in_language): the module in their language, or the
    # Norwegian page; None until filled in.
    shown: object = None
    url: str | None = None

    @property
    def page(self):
        return self.shown or self.module

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


def required_complete_by_user(people, today=None):
    """{user id: required training complete?} for (user, volunteer_role) pairs, in two queries whatever their number.

    Unlike ``statuses_for`` a missing role is not looked up: it means only the modules for everyone apply.
    """
    people = list(people)
    modules = [module for module in live_modules() if module.required_before_approval]
    progress = {
        (row.user_id, row.module_id): row
        for row in ModuleProgress.objects.filter(user__in=[user.pk for user, _role in people], module__in=modules)
    }
    result = {}
    for user, volunteer_role in people:
        role_ids = {volunteer_role.pk} if volunteer_role is not None else set()
        result[user.pk] = all(
            status_of(module, progress.get((user.pk, module.pk)), today).complete
            for module in modules
            if module.applies_to_role_ids(role_ids)
        )
    return result


def _first_fresh_day(months, today):
    """The earliest pass date whose refresh is still ahead: add_months(day, months) > today."""
    day = add_months(today, -months)
    while add_months(day, months) > today:
        day -= datetime.timedelta(days=1)
    while add_months(day, months) <= today:
        day += datetime.timedelta(days=1)
    return day


def _start_of(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def _fresh_pass_q(module, today):
    """ModuleProgress rows that are a pass of ``module`` not due again, as ``status_of`` decides it."""
    condition = Q(module=module.pk, passed_at__isnull=False)
    if module.refresh_interval_months:
        condition &= Q(passed_at__gte=_start_of(_first_fresh_day(module.refresh_interval_months, today)))
    retraining_due = module.retraining_required_on is None or module.retraining_required_on <= today
    if retraining_due and module.retraining_version > 0:
        up_to_date = Q(passed_version__gte=module.retraining_version)
        if module.retraining_required_on is None:  # due from the pass date itself: only a pass after today is fresh
            up_to_date |= Q(passed_at__gte=_start_of(today + datetime.timedelta(days=1)))
        condition &= up_to_date
    return condition


def _passed_all(modules, user_field, today):
    """People with a fresh pass of every one of ``modules``: one grouped subquery (a single scan of the progress
    table, however many modules), not a join per module."""
    fresh = reduce(operator.or_, (_fresh_pass_q(module, today) for module in modules))
    people = (
        ModuleProgress.objects.filter(fresh)
        .order_by()
        .values("user")
        .annotate(passed=Count("pk"))  # one progress row per person and module
        .filter(passed=len(modules))
        .values("user")
    )
    return Q(**{f"{user_field}__in": people})


def required_complete_condition(user_field="user", role_field="volunteer_role", today=None):
    """A Q for rows pointing to a person and a Tidgiver role: true where ``required_complete_by_user`` is true.

    For filtering thousands of Tidgivere in the database (matching): the live modules and their roles are read
    once (two queries); modules for everyone are checked in one grouped subquery, a module for some roles only
    is required of rows with one of those roles.
    """
    today = today or timezone.localdate()
    required = [module for module in live_modules() if module.required_before_approval]
    for_everyone = [module for module in required if not module.roles.all()]
    condition = _passed_all(for_everyone, user_field, today) if for_everyone else Q()
    for module in required:
        role_ids = sorted(role.pk for role in module.roles.all())
        if role_ids:
            condition &= ~Q(**{f"{role_field}__in": role_ids}) | _passed_all([module], user_field, today)
    return condition
