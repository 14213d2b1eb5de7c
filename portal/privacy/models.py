"""A person's request to be deleted. The request row stays (without personal data) as the record that it was done."""

import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .enums import ERASURE_WAIT_DAYS, ErasureState


class ErasureRequestQuerySet(models.QuerySet):
    def waiting(self):
        return self.filter(state=ErasureState.REQUESTED)

    def due(self, now=None):
        cutoff = (now or timezone.now()) - datetime.timedelta(days=ERASURE_WAIT_DAYS)
        return self.waiting().filter(requested_at__lte=cutoff)


class ErasureRequest(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="erasure_requests",
        verbose_name=_("person"),
    )
    # The unit whose coordinators confirm it (the person's first unit); None for someone in no unit.
    unit = models.ForeignKey(
        "org.Unit",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="erasure_requests",
        verbose_name=_("unit"),
    )
    # The name while the request waits, so coordinators know who it is; cleared when it is done.
    display_name = models.CharField(_("name"), max_length=200, blank=True)
    requested_at = models.DateTimeField(_("requested"), default=timezone.now, db_index=True)
    state = models.CharField(
        _("status"), max_length=20, choices=ErasureState.choices, default=ErasureState.REQUESTED, db_index=True
    )
    done_at = models.DateTimeField(_("done"), null=True, blank=True)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("confirmed by"),
        help_text=_("Empty when it ran by itself after the waiting time."),
    )

    objects = ErasureRequestQuerySet.as_manager()

    class Meta:
        verbose_name = _("deletion request")
        verbose_name_plural = _("deletion requests")
        ordering = ["-requested_at", "-pk"]

    def __str__(self):
        return self.display_name or str(_("Deletion request %(number)s") % {"number": self.pk})

    @property
    def runs_by_itself_on(self):
        return self.requested_at + datetime.timedelta(days=ERASURE_WAIT_DAYS)
