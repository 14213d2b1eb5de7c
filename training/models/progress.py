"""What each person has done: one progress row per person and module, and every quiz attempt."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .pages import TrainingModulePage


class ModuleProgress(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="training_progress", verbose_name=_("person")
    )
    module = models.ForeignKey(
        TrainingModulePage, on_delete=models.CASCADE, related_name="progress", verbose_name=_("module")
    )
    started_at = models.DateTimeField(_("started"), auto_now_add=True)
    attempt_count = models.PositiveSmallIntegerField(_("quiz attempts"), default=0)
    passed_at = models.DateTimeField(_("passed"), null=True, blank=True)
    passed_version = models.PositiveIntegerField(
        _("passed version"), null=True, blank=True, help_text=_("The module's retraining version when passed.")
    )

    class Meta:
        verbose_name = _("training progress")
        verbose_name_plural = _("training progress")
        constraints = [models.UniqueConstraint(fields=["user", "module"], name="one_progress_per_person_and_module")]

    def __str__(self):
        return f"{self.user} – {self.module}"


class QuizAttempt(models.Model):
    """One submitted quiz. ``answers`` is a snapshot (questions, choices, explanation) so later edits of the
    module do not change what the person was shown and answered."""

    progress = models.ForeignKey(
        ModuleProgress, on_delete=models.CASCADE, related_name="attempts", verbose_name=_("progress")
    )
    token = models.CharField(_("form token"), max_length=64, unique=True)
    started_at = models.DateTimeField(_("started"))
    submitted_at = models.DateTimeField(_("submitted"))
    answers = models.JSONField(_("answers"))
    correct_count = models.PositiveSmallIntegerField(_("right answers"))
    question_count = models.PositiveSmallIntegerField(_("questions"))
    score_percent = models.PositiveSmallIntegerField(_("score (%)"))
    pass_mark_percent = models.PositiveSmallIntegerField(_("pass mark (%)"))
    passed = models.BooleanField(_("passed"))
    module_version = models.PositiveIntegerField(_("module version"))

    class Meta:
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        ordering = ["-submitted_at"]

    def __str__(self):
        return f"{self.progress} – {self.submitted_at:%Y-%m-%d %H:%M}"

    @property
    def duration_seconds(self):
        return max(0, int((self.submitted_at - self.started_at).total_seconds()))


class TrainingReminder(models.Model):
    """A reminder a coordinator sent to someone with training due; also keeps people from getting two a day."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="training_reminders", verbose_name=_("person")
    )
    unit = models.ForeignKey("org.Unit", on_delete=models.CASCADE, related_name="+", verbose_name=_("unit"))
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("sent by")
    )
    sent_at = models.DateTimeField(_("sent"), auto_now_add=True)
    modules = models.TextField(_("modules"))

    class Meta:
        verbose_name = _("training reminder")
        verbose_name_plural = _("training reminders")
        indexes = [models.Index(fields=["user", "sent_at"])]

    def __str__(self):
        return f"{self.user} – {self.sent_at:%Y-%m-%d}"
