"""A match (one Tidgiver with one participant) and its follow-up conversations."""

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from volunteers.enums import Measure
from volunteers.models.audit import actor_field

from ..enums import OPEN_MATCH_STATES, ClosureReason, FollowUpRating, FollowUpWith, MatchState, Rematch

TEXT_LIMIT = 1000


class MatchQuerySet(models.QuerySet):
    def open(self):
        return self.filter(state__in=OPEN_MATCH_STATES)


class Match(models.Model):
    unit = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="+", verbose_name=_("unit"))
    participant = models.ForeignKey(
        "participants.Participant", on_delete=models.CASCADE, related_name="matches", verbose_name=_("participant")
    )
    volunteer = models.ForeignKey(
        "volunteers.Volunteer", on_delete=models.CASCADE, related_name="matches", verbose_name=_("Tidgiver")
    )
    proposal = models.OneToOneField(
        "matching.Proposal",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="match",
        verbose_name=_("proposal"),
    )
    state = models.CharField(_("status"), max_length=20, choices=MatchState.choices, default=MatchState.ACTIVE)
    measure = models.CharField(_("main measure"), max_length=20, choices=Measure.choices, blank=True)
    started_on = models.DateField(_("started"), default=timezone.localdate)
    first_meeting_on = models.DateField(_("first meeting"), null=True, blank=True)
    shared_with_tidgiver = models.TextField(
        _("what the Tidgiver may know"),
        max_length=TEXT_LIMIT,
        blank=True,
        help_text=_("Shown to the Tidgiver on My page. Never diagnoses, treatment or criminal history."),
    )
    closed_on = models.DateField(_("closed"), null=True, blank=True)
    closure_reason = models.CharField(_("why it ended"), max_length=30, choices=ClosureReason.choices, blank=True)
    rematch = models.CharField(
        _("can the Tidgiver be matched again?"), max_length=30, choices=Rematch.choices, blank=True
    )
    closure_text = models.TextField(_("about the ending"), max_length=TEXT_LIMIT, blank=True)

    objects = MatchQuerySet.as_manager()

    class Meta:
        verbose_name = _("match")
        verbose_name_plural = _("matches")
        ordering = ["-started_on", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["participant", "volunteer"],
                condition=~Q(state=MatchState.CLOSED),
                name="one_open_match_per_pair",
            ),
            models.CheckConstraint(
                condition=~Q(state=MatchState.CLOSED)
                | (~Q(closure_reason="") & ~Q(rematch="") & Q(closed_on__isnull=False)),
                name="closed_match_has_reason",
            ),
        ]
        indexes = [
            models.Index(fields=["unit", "state"], name="match_unit_state"),
            models.Index(fields=["volunteer", "state"], name="match_volunteer_state"),
            models.Index(fields=["participant", "state"], name="match_participant_state"),
        ]

    def __str__(self):
        return _("Match %(pk)s") % {"pk": self.pk}

    @property
    def is_open(self):
        return self.state in OPEN_MATCH_STATES


class FollowUpQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(done_on__isnull=True)

    def due_by(self, day):
        return self.pending().filter(due_on__lte=day)


class FollowUp(models.Model):
    """A follow-up conversation: scheduled (due) and, once held, recorded (done)."""

    unit = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="+", verbose_name=_("unit"))
    match = models.ForeignKey(Match, on_delete=models.CASCADE, related_name="follow_ups", verbose_name=_("match"))
    due_on = models.DateField(_("due"))
    done_on = models.DateField(_("held on"), null=True, blank=True)
    with_whom = models.CharField(_("with whom"), max_length=20, choices=FollowUpWith.choices, blank=True)
    rating = models.PositiveSmallIntegerField(
        _("how it is going"), choices=FollowUpRating.choices, null=True, blank=True
    )
    note = models.TextField(
        _("note"),
        max_length=TEXT_LIMIT,
        blank=True,
        help_text=_("Short. Never diagnoses, treatment or criminal history."),
    )
    recorded_by = actor_field()
    recorded_at = models.DateTimeField(_("recorded"), null=True, blank=True)

    objects = FollowUpQuerySet.as_manager()

    class Meta:
        verbose_name = _("follow-up")
        verbose_name_plural = _("follow-ups")
        ordering = ["due_on", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(rating__isnull=True) | Q(rating__gte=1, rating__lte=5), name="follow_up_rating_1_to_5"
            ),
            models.CheckConstraint(
                condition=Q(done_on__isnull=True) | ~Q(with_whom=""), name="held_follow_up_says_with_whom"
            ),
        ]
        indexes = [
            models.Index(fields=["unit", "done_on", "due_on"], name="follow_up_unit_pending_due"),
            models.Index(fields=["match", "due_on"], name="follow_up_match_due"),
        ]

    def __str__(self):
        return f"{self.due_on}"

    @property
    def is_done(self):
        return self.done_on is not None
