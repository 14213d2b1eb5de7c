"""Every choice list of the hours app, and the hour entry's allowed transitions as data."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from volunteers.enums import LifeArea, Measure

__all__ = ["LifeArea", "Measure"]  # shared with matching and participants; hours uses them through here


class EntryState(models.TextChoices):
    SUBMITTED = "submitted", _("Submitted")
    APPROVED = "approved", _("Approved")
    RETURNED = "returned", _("Returned")
    RESUBMITTED = "resubmitted", _("Resubmitted")


E = EntryState

# Where an entry may go: a coordinator approves or returns what waits; the Tidgiver resubmits what came back.
ENTRY_TRANSITIONS: dict[str, frozenset[str]] = {
    E.SUBMITTED: frozenset({E.APPROVED, E.RETURNED}),
    E.RESUBMITTED: frozenset({E.APPROVED, E.RETURNED}),
    E.RETURNED: frozenset({E.RESUBMITTED}),
    E.APPROVED: frozenset(),
}
# Who makes each move: staff approve and return, the Tidgiver resubmits.
STAFF_TARGETS = frozenset({E.APPROVED, E.RETURNED})
OWNER_TARGETS = frozenset({E.RESUBMITTED})
# States in which the Tidgiver may still edit or delete the entry, and the ones that wait for a coordinator.
EDITABLE_STATES = frozenset({E.SUBMITTED, E.RETURNED, E.RESUBMITTED})
WAITING_STATES = frozenset({E.SUBMITTED, E.RESUBMITTED})


class EntrySource(models.TextChoices):
    WEB = "web", _("Min side")
    SMS = "sms", _("SMS")
    STAFF = "staff", _("Back office")


class ActivityCategory(models.TextChoices):
    """What a general activity counts as in the funder report (the names in the list are the unit's own)."""

    THEME_EVENING = "theme_evening", _("Theme evening")
    LUNCH = "lunch", _("Lunch")
    COURSE = "course", _("Course")
    TRAINING = "training", _("Training")
    OTHER_GROUP = "other_group", _("Other group activity")


class EntryEventKind(models.TextChoices):
    """Entries in an hour entry's history (its audit log)."""

    SUBMITTED = "submitted", _("Submitted")
    EDITED = "edited", _("Edited")
    TRANSITION = "transition", _("Status changed")
    CORRECTED = "corrected", _("Corrected after approval")
    PAID = "paid", _("Marked as paid")


# Limits the issue sets; the unit chooses the age limit (UnitHourSettings.max_entry_age_days).
MIN_QUARTERS = 1
MAX_QUARTERS = 48
MAX_KM = 2000
MAX_PASSENGERS = 8
NOTE_LIMIT = 500
RECEIPT_MAX_BYTES = 10 * 1024 * 1024
RECEIPT_TYPES = {"image/jpeg": "jpg", "image/png": "png", "image/heic": "heic", "application/pdf": "pdf"}
# Skatteetaten must be told about expense refunds to one person above this in a calendar year.
REPORTING_THRESHOLD_NOK = 10_000


class ReminderKind(models.TextChoices):
    """The reminder rules; each is sent at most once per subject and period (the ledger)."""

    MEETING_TOMORROW = "meeting_tomorrow", _("Meeting tomorrow (to the Tidgiver)")
    MEETING_PROMPT = "meeting_prompt", _("After a meeting: log the hours (to the Tidgiver)")
    NO_HOURS_NUDGE = "no_hours_nudge", _("No hours in an active match (to the Tidgiver)")
    WEEKLY_DIGEST = "weekly_digest", _("Weekly summary (to each coordinator)")


# (enabled, days) a unit starts with; `days` is the waiting time the rule looks at, where it has one.
DEFAULT_REMINDER_RULES = {
    ReminderKind.MEETING_TOMORROW: (True, 1),
    ReminderKind.MEETING_PROMPT: (True, 0),
    ReminderKind.NO_HOURS_NUDGE: (True, 14),
    ReminderKind.WEEKLY_DIGEST: (True, 7),
}
# Thresholds of the coordinator's worklist.
WORKLIST_NO_HOURS_DAYS = 30
WORKLIST_WAITING_DAYS = 7
