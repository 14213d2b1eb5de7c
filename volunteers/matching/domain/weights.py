"""A unit admin changes the ranking weights of their unit (MatchingSettings); every change is an audit entry
(portal.org.audit.record), shown in the settings' History."""

from django.db import transaction

from portal.org import audit

from ..enums import DEFAULT_WEIGHTS, WEIGHT_MAX
from ..models import settings_for

WEIGHTS_CHANGED = "matching.weights_changed"


@transaction.atomic
def change_weights(unit, weights, by):
    """Save ``weights`` ({component: 0..WEIGHT_MAX}) for ``unit``. Returns True if anything changed."""
    if set(weights) != set(DEFAULT_WEIGHTS) or not all(0 <= value <= WEIGHT_MAX for value in weights.values()):
        raise ValueError(f"weights must give 0 to {WEIGHT_MAX} points for each of {sorted(DEFAULT_WEIGHTS)}")
    settings = settings_for(unit)
    if settings.pk is not None and settings.weights == weights:
        return False
    before = settings.weights
    for name, value in weights.items():
        setattr(settings, f"weight_{name}", value)
    settings.save()
    audit.record(settings, WEIGHTS_CHANGED, user=by, data={"before": before, "after": weights})
    return True
