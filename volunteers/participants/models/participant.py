"""The participant (deltaker): the least matching needs, in one unit. Never diagnoses, treatment or criminal history.

Erasure (`erased_at`) blanks the personal fields and keeps the row, so the funder report still counts them.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from volunteers.enums import AgeBand, Gender, LifeArea, WishStrength
from volunteers.models import WeeklySlot
from volunteers.models.audit import actor_field

from ..enums import ParticipantStatus

SHORT_TEXT_LIMIT = 500
NO_SENSITIVE_DETAILS = _("Do not write diagnoses, treatment or criminal history here.")


class ParticipantQuerySet(models.QuerySet):
    def not_erased(self):
        return self.filter(erased_at__isnull=True)

    def waiting(self):
        return self.filter(status=ParticipantStatus.WAITING, erased_at__isnull=True)


class Participant(models.Model):
    unit = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="participants", verbose_name=_("unit"))
    display_name = models.CharField(
        _("display name"), max_length=60, help_text=_("First name or a pseudonym. This is what a Tidgiver sees.")
    )
    code = models.CharField(_("internal code"), max_length=30, help_text=_("The unit's own reference, e.g. DR-0042."))
    responsible = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("responsible staff member"),
    )
    start_date = models.DateField(_("start date"), default=timezone.localdate)
    status = models.CharField(
        _("status"), max_length=20, choices=ParticipantStatus.choices, default=ParticipantStatus.WAITING
    )
    status_changed_at = models.DateTimeField(_("status changed"), default=timezone.now)
    # Since when the participant has waited for a Tidgiver (set on entering "waiting"); ranking and listings use it.
    waiting_since = models.DateField(_("waiting since"), null=True, blank=True, default=timezone.localdate)

    age_band = models.CharField(
        _("age"), max_length=10, choices=AgeBand.choices, blank=True, help_text=_("Shown to a Tidgiver who is asked.")
    )

    # Practical wishes.
    municipality = models.CharField(_("municipality"), max_length=100, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=10, blank=True)
    languages = models.ManyToManyField(
        "volunteers.Language", blank=True, related_name="participants", verbose_name=_("languages")
    )
    interests = models.ManyToManyField(
        "volunteers.Interest", blank=True, related_name="participants", verbose_name=_("interests")
    )
    preferred_gender = models.CharField(
        _("preferred gender of the Tidgiver"), max_length=10, choices=Gender.choices, blank=True
    )
    gender_wish = models.CharField(
        _("how strong is the gender wish"), max_length=10, choices=WishStrength.choices, default=WishStrength.PREFER
    )
    preferred_age_band = models.CharField(
        _("preferred age of the Tidgiver"), max_length=10, choices=AgeBand.choices, blank=True
    )
    age_wish = models.CharField(
        _("how strong is the age wish"), max_length=10, choices=WishStrength.choices, default=WishStrength.PREFER
    )
    wants_lived_experience = models.BooleanField(_("would like a Tidgiver with lived experience"), default=False)
    what_would_help = models.TextField(
        _("what would help"), max_length=SHORT_TEXT_LIMIT, blank=True, help_text=NO_SENSITIVE_DETAILS
    )

    # Consent to being registered.
    consent_given_on = models.DateField(_("consent given on"), null=True, blank=True)
    consent_recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("consent recorded by"),
    )
    consent_text_version = models.CharField(_("version of the consent text"), max_length=20, blank=True)

    created_at = models.DateTimeField(_("registered"), default=timezone.now)
    erased_at = models.DateTimeField(_("erased"), null=True, blank=True)

    objects = ParticipantQuerySet.as_manager()

    class Meta:
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        ordering = ["display_name", "pk"]
        indexes = [
            models.Index(fields=["unit", "status"], name="participant_unit_status"),
            models.Index(fields=["unit", "waiting_since"], name="participant_unit_waiting"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "code"], condition=~Q(code=""), name="participant_code_unique_in_unit"
            ),
        ]

    def __str__(self):
        return self.display_name or _("Erased participant")

    @property
    def is_erased(self):
        return self.erased_at is not None


class ParticipantLifeArea(models.Model):
    """One prioritised life area; rank 1 matters most to the participant now."""

    unit = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="+", verbose_name=_("unit"))
    participant = models.ForeignKey(
        Participant, on_delete=models.CASCADE, related_name="life_areas", verbose_name=_("participant")
    )
    life_area = models.CharField(_("life area"), max_length=20, choices=LifeArea.choices)
    rank = models.PositiveSmallIntegerField(_("priority"))

    class Meta:
        verbose_name = _("prioritised life area")
        verbose_name_plural = _("prioritised life areas")
        ordering = ["participant", "rank"]
        constraints = [
            models.UniqueConstraint(fields=["participant", "life_area"], name="life_area_once_per_participant"),
            models.UniqueConstraint(fields=["participant", "rank"], name="life_area_rank_once_per_participant"),
            models.CheckConstraint(condition=Q(rank__gte=1, rank__lte=5), name="life_area_rank_1_to_5"),
        ]
        indexes = [models.Index(fields=["unit", "life_area", "rank"], name="life_area_unit_area_rank")]

    def __str__(self):
        return f"{self.rank}. {self.get_life_area_display()}"


class ParticipantSlot(WeeklySlot):
    """When the participant can meet (the same shape as a Tidgiver's availability)."""

    unit = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="+", verbose_name=_("unit"))
    participant = models.ForeignKey(
        Participant, on_delete=models.CASCADE, related_name="slots", verbose_name=_("participant")
    )

    class Meta:
        verbose_name = _("time that suits")
        verbose_name_plural = _("times that suit")
        ordering = ["participant", "weekday", "day_part"]
        constraints = [
            models.UniqueConstraint(fields=["participant", "weekday", "day_part"], name="participant_slot_once"),
        ]
        indexes = [models.Index(fields=["unit", "weekday", "day_part"], name="participant_slot_unit_slot")]


class ParticipantStatusChange(models.Model):
    """Audit entry for a participant's status: who, when, from, to, why."""

    unit = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="+", verbose_name=_("unit"))
    participant = models.ForeignKey(
        Participant, on_delete=models.CASCADE, related_name="status_changes", verbose_name=_("participant")
    )
    actor = actor_field()
    at = models.DateTimeField(_("when"), default=timezone.now)
    from_status = models.CharField(_("from"), max_length=20, choices=ParticipantStatus.choices)
    to_status = models.CharField(_("to"), max_length=20, choices=ParticipantStatus.choices)
    reason = models.CharField(_("reason"), max_length=SHORT_TEXT_LIMIT, blank=True)

    class Meta:
        verbose_name = _("participant status change")
        verbose_name_plural = _("participant status changes")
        ordering = ["-at", "-pk"]

    def __str__(self):
        return f"{self.get_from_status_display()} → {self.get_to_status_display()}"
