"""seed_scale part: most Tidgivere have passed the required modules (a few are due again or never finished)."""

from portal.org.enums import Role
from portal.org.models import Membership

from .domain.access import live_modules
from .models import ModuleProgress

# The share of Tidgivere whose required training is complete.
COMPLETE_SHARE = 0.95


def seed_scale(scale):
    modules = [module for module in live_modules() if module.required_before_approval]
    people = Membership.objects.filter(unit__in=scale.units(), role=Role.TIDGIVER).values_list("user_id", flat=True)
    if not modules:
        scale.log("no required training modules (seed_training makes them)")
        return
    if ModuleProgress.objects.filter(user__in=people).exists():
        scale.log("training progress already there")
        return
    rows = []
    for user_id in people.order_by("user_id"):
        complete = scale.rng.random() < COMPLETE_SHARE
        for module in modules if complete else modules[:-1]:
            passed_at = scale.days_ago(1, 300)
            rows.append(
                ModuleProgress(
                    user_id=user_id,
                    module=module,
                    attempt_count=1,
                    passed_at=passed_at,
                    passed_version=module.retraining_version,
                )
            )
    scale.bulk(ModuleProgress, rows, batch_size=5000)
    scale.log(f"{len(rows)} passed modules")
