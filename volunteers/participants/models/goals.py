"""Goals for the funder report: 1–3 main goals scored on goal attainment scaling, and life satisfaction (0–10)."""

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from volunteers.models.audit import actor_field

from ..enums import (
    GOAL_SCORE_MAX,
    GOAL_SCORE_MIN,
    LIFE_SATISFACTION_MAX,
    LIFE_SATISFACTION_MIN,
    MAX_GOALS,
    GoalScoreValue,
    ScoreOccasion,
)
from .participant import NO_SENSITIVE_DETAILS, Participant


class Goal(models.Model):
    """One of the participant's own main goals, set at the intake conversation (number 1–3)."""

    unit = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="+", verbose_name=_("unit"))
    participant = models.ForeignKey(
        Participant, on_delete=models.CASCADE, related_name="goals", verbose_name=_("participant")
    )
    number = models.PositiveSmallIntegerField(_("goal number"))
    text = models.CharField(_("goal"), max_length=200, help_text=NO_SENSITIVE_DETAILS)
    set_on = models.DateField(_("set on"), default=timezone.localdate)

    class Meta:
        verbose_name = _("goal")
        verbose_name_plural = _("goals")
        ordering = ["participant", "number"]
        constraints = [
            models.UniqueConstraint(fields=["participant", "number"], name="goal_number_once_per_participant"),
            models.CheckConstraint(condition=Q(number__gte=1, number__lte=MAX_GOALS), name="goal_number_1_to_3"),
        ]

    def __str__(self):
        return f"{self.number}. {self.text}"


class GoalScore(models.Model):
    """A goal scored −2 … +2 at intake, a follow-up or closure. ≥ 0 counts as reached."""

    unit = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="+", verbose_name=_("unit"))
    participant = models.ForeignKey(
        Participant, on_delete=models.CASCADE, related_name="goal_scores", verbose_name=_("participant")
    )
    goal = models.ForeignKey(Goal, on_delete=models.CASCADE, related_name="scores", verbose_name=_("goal"))
    score = models.SmallIntegerField(_("score"), choices=GoalScoreValue.choices)
    occasion = models.CharField(_("occasion"), max_length=20, choices=ScoreOccasion.choices)
    scored_on = models.DateField(_("scored on"), default=timezone.localdate)
    # The matching app's FollowUp this score was given at, by id: participants never imports matching.
    follow_up_id = models.PositiveBigIntegerField(_("follow-up"), null=True, blank=True, db_index=True)
    recorded_by = actor_field()
    recorded_at = models.DateTimeField(_("recorded"), default=timezone.now)

    class Meta:
        verbose_name = _("goal score")
        verbose_name_plural = _("goal scores")
        ordering = ["goal", "scored_on", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(score__gte=GOAL_SCORE_MIN, score__lte=GOAL_SCORE_MAX), name="goal_score_minus2_to_plus2"
            ),
        ]
        indexes = [models.Index(fields=["unit", "scored_on"], name="goal_score_unit_day")]

    def __str__(self):
        return f"{self.goal_id}: {self.score:+d} ({self.get_occasion_display()})"


class LifeSatisfaction(models.Model):
    """The single life-satisfaction question on 0–10, at intake, every three months and at closure."""

    unit = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="+", verbose_name=_("unit"))
    participant = models.ForeignKey(
        Participant, on_delete=models.CASCADE, related_name="life_satisfaction", verbose_name=_("participant")
    )
    score = models.PositiveSmallIntegerField(_("score (0–10)"))
    occasion = models.CharField(_("occasion"), max_length=20, choices=ScoreOccasion.choices)
    answered_on = models.DateField(_("answered on"), default=timezone.localdate)
    follow_up_id = models.PositiveBigIntegerField(_("follow-up"), null=True, blank=True, db_index=True)
    recorded_by = actor_field()
    recorded_at = models.DateTimeField(_("recorded"), default=timezone.now)

    class Meta:
        verbose_name = _("life satisfaction")
        verbose_name_plural = _("life satisfaction")
        ordering = ["participant", "answered_on", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(score__gte=LIFE_SATISFACTION_MIN, score__lte=LIFE_SATISFACTION_MAX),
                name="life_satisfaction_0_to_10",
            ),
        ]
        indexes = [models.Index(fields=["unit", "answered_on"], name="life_satisfaction_unit_day")]

    def __str__(self):
        return f"{self.score}/10 ({self.get_occasion_display()})"
