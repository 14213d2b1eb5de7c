"""Append-only timelines of proposals and matches: who, when, from, to, why."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from volunteers.models.audit import actor_field

from ..enums import EventKind

REASON_LIMIT = 1000


class PipelineEvent(models.Model):
    unit = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="+", verbose_name=_("unit"))
    actor = actor_field()
    at = models.DateTimeField(_("when"), default=timezone.now)
    kind = models.CharField(_("kind"), max_length=20, choices=EventKind.choices, default=EventKind.TRANSITION)
    from_state = models.CharField(_("from"), max_length=20, blank=True)
    to_state = models.CharField(_("to"), max_length=20, blank=True)
    reason = models.TextField(_("reason"), max_length=REASON_LIMIT, blank=True)

    class Meta:
        abstract = True
        ordering = ["at", "pk"]


class ProposalEvent(PipelineEvent):
    proposal = models.ForeignKey(
        "matching.Proposal", on_delete=models.CASCADE, related_name="events", verbose_name=_("proposal")
    )
    source = models.CharField(_("answered by way of"), max_length=20, blank=True)

    class Meta(PipelineEvent.Meta):
        verbose_name = _("proposal event")
        verbose_name_plural = _("proposal events")

    def __str__(self):
        return f"{self.from_state} → {self.to_state} ({self.at:%Y-%m-%d %H:%M})"


class MatchEvent(PipelineEvent):
    match = models.ForeignKey(
        "matching.Match", on_delete=models.CASCADE, related_name="events", verbose_name=_("match")
    )

    class Meta(PipelineEvent.Meta):
        verbose_name = _("match event")
        verbose_name_plural = _("match events")

    def __str__(self):
        return f"{self.from_state} → {self.to_state} ({self.at:%Y-%m-%d %H:%M})"
