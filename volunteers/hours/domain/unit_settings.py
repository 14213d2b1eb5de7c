"""A unit's hour settings, mileage rate on a day, and its list of general activities (with defaults)."""

from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext

from ..enums import ActivityCategory
from ..models import ActivityKind, MileageRate, UnitHourSettings

# The list a unit starts with; staff may rename, add and retire kinds.
DEFAULT_ACTIVITY_KINDS = (
    ("Theme evening", ActivityCategory.THEME_EVENING),
    ("Lunch", ActivityCategory.LUNCH),
    ("Course", ActivityCategory.COURSE),
    ("Training", ActivityCategory.TRAINING),
    ("Other group activity", ActivityCategory.OTHER_GROUP),
)


def settings_for(unit):
    """The unit's settings; the defaults (unsaved) until staff change them."""
    found = UnitHourSettings.objects.filter(unit=unit).first()
    return found or UnitHourSettings(unit=unit)


def rate_on(unit, day):
    """The mileage rate in force on ``day``: the latest that starts on or before it (the default if none)."""
    found = MileageRate.objects.filter(unit=unit, effective_from__lte=day).order_by("-effective_from").first()
    return found or MileageRate(unit=unit, effective_from=day)


@transaction.atomic
def activity_kinds(unit):
    """The unit's activity kinds in use, creating the default list the first time."""
    if not ActivityKind.objects.filter(unit=unit).exists():
        with translation.override("nb"):
            _create_defaults(unit)
    return ActivityKind.objects.filter(unit=unit, is_active=True)


def _create_defaults(unit):
    ActivityKind.objects.bulk_create(
        [
            ActivityKind(unit=unit, name=gettext(name), category=category, position=index)
            for index, (name, category) in enumerate(DEFAULT_ACTIVITY_KINDS)
        ],
        ignore_conflicts=True,
    )
