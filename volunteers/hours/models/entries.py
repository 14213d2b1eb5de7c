"""An hour entry: time a Tidgiver gave (with a match or at a general activity), its expenses and its history."""

import uuid
from decimal import Decimal
from pathlib import PurePath

from django.conf import settings
from django.core.files.storage import storages
from django.core.validators import MaxLengthValidator, MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..enums import (
    EDITABLE_STATES,
    MAX_KM,
    MAX_PASSENGERS,
    MAX_QUARTERS,
    MIN_QUARTERS,
    NOTE_LIMIT,
    EntryEventKind,
    EntrySource,
    EntryState,
    LifeArea,
    Measure,
)

NOTE_HINT = _("Do not write sensitive details about the participant (health, substance use, criminal history).")


def receipt_storage():
    return storages["receipts"]


def receipt_path(instance, filename):
    """A name chosen by the server: the uploader's file name is never used or shown."""
    suffix = PurePath(filename).suffix.lower()
    return f"receipts/{instance.unit_id}/{uuid.uuid4().hex}{suffix}"


def money_field(verbose_name, **options):
    return models.DecimalField(
        verbose_name, max_digits=9, decimal_places=2, validators=[MinValueValidator(0)], **options
    )


class HourEntryQuerySet(models.QuerySet):
    def approved(self):
        return self.filter(state=EntryState.APPROVED)


class HourEntry(models.Model):
    unit = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="hour_entries", verbose_name=_("unit"))
    volunteer = models.ForeignKey(
        "volunteers.Volunteer", on_delete=models.CASCADE, related_name="hour_entries", verbose_name=_("Tidgiver")
    )
    # With whom: a match, or a general activity from the unit's list (one of the two).
    match = models.ForeignKey(
        "matching.Match",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="hour_entries",
        verbose_name=_("match"),
    )
    activity_kind = models.ForeignKey(
        "hours.ActivityKind",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="entries",
        verbose_name=_("activity"),
    )
    date = models.DateField(_("date"))
    quarters = models.PositiveSmallIntegerField(
        _("quarter hours"), validators=[MinValueValidator(MIN_QUARTERS), MaxValueValidator(MAX_QUARTERS)]
    )
    measure = models.CharField(_("measure"), max_length=20, choices=Measure.choices, blank=True)
    life_area = models.CharField(_("life area"), max_length=20, choices=LifeArea.choices, blank=True)
    km = models.PositiveSmallIntegerField(_("km driven"), default=0, validators=[MaxValueValidator(MAX_KM)])
    passengers = models.PositiveSmallIntegerField(
        _("passengers"), default=0, validators=[MaxValueValidator(MAX_PASSENGERS)]
    )
    travel_costs = money_field(_("tolls, parking and ferry (kr)"), default=Decimal(0))
    other_expenses = money_field(_("other expenses (kr)"), default=Decimal(0))
    other_expenses_text = models.CharField(_("what the other expenses were"), max_length=200, blank=True)
    receipt = models.FileField(
        _("receipt"), upload_to=receipt_path, storage=receipt_storage, max_length=200, blank=True
    )
    note = models.TextField(
        _("note"), max_length=NOTE_LIMIT, blank=True, help_text=NOTE_HINT, validators=[MaxLengthValidator(NOTE_LIMIT)]
    )

    state = models.CharField(
        _("status"), max_length=20, choices=EntryState.choices, default=EntryState.SUBMITTED, db_index=True
    )
    state_changed_at = models.DateTimeField(_("status changed"), default=timezone.now)
    return_comment = models.TextField(_("comment when returned"), max_length=NOTE_LIMIT, blank=True)
    source = models.CharField(_("logged by"), max_length=10, choices=EntrySource.choices, default=EntrySource.WEB)
    message_sid = models.CharField(_("SMS id"), max_length=64, blank=True)
    created_at = models.DateTimeField(_("logged"), default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    # Saved at approval, so a later rate change never rewrites what was approved.
    approved_at = models.DateTimeField(_("approved"), null=True, blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("approved by"),
    )
    rate_per_km = money_field(_("kr per km"), null=True, blank=True)
    rate_per_passenger_km = money_field(_("passenger supplement"), null=True, blank=True)
    mileage_amount = money_field(_("mileage (kr)"), null=True, blank=True)
    reimbursement = money_field(_("to be paid (kr)"), null=True, blank=True)
    paid_at = models.DateTimeField(_("paid"), null=True, blank=True)
    paid_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    objects = HourEntryQuerySet.as_manager()

    class Meta:
        verbose_name = _("hour entry")
        verbose_name_plural = _("hour entries")
        ordering = ["-date", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(quarters__gte=MIN_QUARTERS, quarters__lte=MAX_QUARTERS), name="hours_quarters_in_range"
            ),
            models.CheckConstraint(condition=Q(km__lte=MAX_KM), name="hours_km_in_range"),
            models.CheckConstraint(
                condition=Q(match__isnull=True) | Q(activity_kind__isnull=True), name="hours_match_or_activity"
            ),
            models.UniqueConstraint(
                fields=["message_sid"], condition=~Q(message_sid=""), name="hours_one_entry_per_sms"
            ),
        ]
        indexes = [
            models.Index(fields=["unit", "state", "date"], name="hours_unit_state_date"),
            models.Index(fields=["volunteer", "date"], name="hours_volunteer_date"),
            models.Index(fields=["unit", "date"], name="hours_unit_date"),
            models.Index(fields=["match", "state"], name="hours_match_state"),
            # The queue's "refunded this year" per row: a person's approved amounts, read from the index alone.
            models.Index(fields=["volunteer", "state", "date", "reimbursement"], name="hours_volunteer_state_date"),
            # Waiting entries newest first across many units (the queue filtered by status).
            models.Index(fields=["state", "date"], name="hours_state_date"),
            # The queue's first page, newest first, for a coordinator of many units: without it PostgreSQL joins
            # and sorts every entry of those units (4.2 s at 1,000,000 entries; 55 ms with it).
            models.Index(fields=["-date", "-id"], name="hours_newest_first"),
            # The funder report's hour figures for a period: approved entries, read from the index alone.
            models.Index(
                fields=["date", "unit", "quarters", "measure", "life_area", "activity_kind", "volunteer"],
                condition=Q(state="approved"),
                name="hours_approved_date",
            ),
        ]

    def __str__(self):
        return f"{self.volunteer} {self.date:%d.%m.%Y}: {self.hours} t"

    @property
    def hours(self):
        return Decimal(self.quarters) / 4

    @property
    def hours_text(self):
        """Hours the Norwegian way: 1,5 · 0,75 · 2."""
        whole, quarter = divmod(self.quarters, 4)
        return f"{whole},{quarter * 25:02d}".rstrip("0") if quarter else str(whole)

    @property
    def target_label(self):
        """The participant's display name or the activity: never more about the participant."""
        if self.match_id:
            return self.match.participant.display_name
        return self.activity_kind.name if self.activity_kind_id else ""

    @property
    def has_expenses(self):
        return bool(self.km or self.travel_costs or self.other_expenses)

    @property
    def is_editable(self):
        return self.state in EDITABLE_STATES

    @property
    def expenses_at_cost(self):
        return (self.travel_costs or Decimal(0)) + (self.other_expenses or Decimal(0))


class HourEntryEvent(models.Model):
    """Append-only history of an entry: submitted, edited, approved/returned, corrected (with the reason), paid."""

    unit = models.ForeignKey("org.Unit", on_delete=models.CASCADE, related_name="+", verbose_name=_("unit"))
    entry = models.ForeignKey(HourEntry, on_delete=models.CASCADE, related_name="events", verbose_name=_("entry"))
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    at = models.DateTimeField(_("when"), default=timezone.now)
    kind = models.CharField(_("what"), max_length=20, choices=EntryEventKind.choices)
    from_state = models.CharField(_("from"), max_length=20, choices=EntryState.choices, blank=True)
    to_state = models.CharField(_("to"), max_length=20, choices=EntryState.choices, blank=True)
    text = models.TextField(_("comment or reason"), max_length=NOTE_LIMIT, blank=True)
    changes = models.JSONField(_("changes"), default=dict, blank=True)

    class Meta:
        verbose_name = _("hour entry event")
        verbose_name_plural = _("hour entry events")
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.get_kind_display()} {self.at:%d.%m.%Y %H:%M}"
