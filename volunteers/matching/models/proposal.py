"""A match proposal: the coordinator asks a Tidgiver whether they will meet a participant."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..enums import OPEN_PROPOSAL_STATES, AnswerSource, ProposalState

TEXT_LIMIT = 1000


class ProposalQuerySet(models.QuerySet):
    def open(self):
        return self.filter(state__in=OPEN_PROPOSAL_STATES)


class Proposal(models.Model):
    unit = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="+", verbose_name=_("unit"))
    participant = models.ForeignKey(
        "participants.Participant", on_delete=models.CASCADE, related_name="proposals", verbose_name=_("participant")
    )
    volunteer = models.ForeignKey(
        "volunteers.Volunteer", on_delete=models.CASCADE, related_name="proposals", verbose_name=_("Tidgiver")
    )
    # The short number the Tidgiver answers with ("JA 12"): unique among the person's proposals.
    number = models.PositiveIntegerField(_("number"))
    state = models.CharField(_("status"), max_length=20, choices=ProposalState.choices, default=ProposalState.SENT)
    sent_at = models.DateTimeField(_("sent"), default=timezone.now)
    deadline = models.DateTimeField(_("answer by"))
    reminded_at = models.DateTimeField(_("reminded"), null=True, blank=True)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    answer_source = models.CharField(_("answered by way of"), max_length=20, choices=AnswerSource.choices, blank=True)
    decline_reason = models.CharField(_("reason for no"), max_length=TEXT_LIMIT, blank=True)
    # What ranking said when the coordinator proposed: kept as it was, even if the profiles change later.
    score = models.IntegerField(_("score"), null=True, blank=True)
    reasons = models.JSONField(_("reasons"), default=list, blank=True)
    rank = models.PositiveSmallIntegerField(_("place in the ranking"), null=True, blank=True)
    override_reason = models.CharField(
        _("why this Tidgiver"),
        max_length=TEXT_LIMIT,
        blank=True,
        help_text=_("Required when the Tidgiver is not among the top three."),
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("proposed by"),
    )

    objects = ProposalQuerySet.as_manager()

    class Meta:
        verbose_name = _("match proposal")
        verbose_name_plural = _("match proposals")
        ordering = ["-sent_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["participant"],
                condition=Q(state__in=sorted(OPEN_PROPOSAL_STATES)),
                name="one_open_proposal_per_participant",
            ),
            models.UniqueConstraint(fields=["volunteer", "number"], name="proposal_number_unique_per_tidgiver"),
            models.CheckConstraint(
                condition=Q(score__isnull=True) | Q(score__gte=0), name="proposal_score_not_negative"
            ),
            models.CheckConstraint(condition=Q(rank__isnull=True) | Q(rank__gte=1), name="proposal_rank_from_1"),
        ]
        indexes = [
            models.Index(fields=["unit", "state", "-sent_at"], name="proposal_unit_state_sent"),
            models.Index(fields=["volunteer", "state"], name="proposal_volunteer_state"),
            models.Index(fields=["state", "deadline"], name="proposal_state_deadline"),
        ]

    def __str__(self):
        return _("Proposal %(number)s") % {"number": self.number}

    @property
    def is_open(self):
        return self.state in OPEN_PROPOSAL_STATES
