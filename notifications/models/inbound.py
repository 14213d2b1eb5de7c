"""Incoming SMS: stored, matched to a person by number; unknown text waits in the coordinators' inbox."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..enums import InboxState


class InboundMessage(models.Model):
    provider_id = models.CharField(_("provider message id"), max_length=64, unique=True)
    phone = models.CharField(_("from"), max_length=20)
    body = models.TextField(_("text"))
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="inbound_messages",
        verbose_name=_("person"),
    )
    unit = models.ForeignKey(
        "org.Unit",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="inbound_messages",
        verbose_name=_("unit"),
    )
    keyword = models.CharField(_("keyword"), max_length=30, blank=True)
    state = models.CharField(_("state"), max_length=10, choices=InboxState.choices, default=InboxState.NEW)
    processed = models.BooleanField(_("processed"), default=False)
    received_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("handled by"),
    )
    handled_at = models.DateTimeField(_("handled"), null=True, blank=True)

    class Meta:
        verbose_name = _("incoming SMS")
        verbose_name_plural = _("SMS inbox")
        ordering = ["-received_at", "-pk"]

    def __str__(self):
        return f"{self.user or _('Unknown number')} ({self.received_at:%d.%m.%Y %H:%M})"
