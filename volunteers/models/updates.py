"""A re-submitted application form: the new answers wait here; the application keeps what the person gave before.

Whoever knows someone's e-mail can post the public form with it, so nothing is overwritten until the person
confirms from a link sent to the address on file, or a coordinator applies the answers.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..enums import UpdateState
from .application import Application
from .audit import actor_field


class PendingUpdateQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(state=UpdateState.PENDING)


class PendingUpdate(models.Model):
    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="pending_updates", verbose_name=_("application")
    )
    unit = models.ForeignKey(
        "org.Unit", on_delete=models.CASCADE, related_name="pending_updates", verbose_name=_("unit")
    )
    # The form's answers as JSON (the unit and role as ids, the date of birth as ISO text).
    answers = models.JSONField(_("new answers"))
    created_at = models.DateTimeField(_("sent"), default=timezone.now)
    state = models.CharField(
        _("status"), max_length=20, choices=UpdateState.choices, default=UpdateState.PENDING, db_index=True
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = actor_field()

    objects = PendingUpdateQuerySet.as_manager()

    class Meta:
        verbose_name = _("pending update")
        verbose_name_plural = _("pending updates")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.application_id} {self.created_at:%Y-%m-%d %H:%M}"

    @property
    def is_pending(self):
        return self.state == UpdateState.PENDING
