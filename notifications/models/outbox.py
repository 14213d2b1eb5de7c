"""The outbox: one row per message and channel, written in the caller's transaction, sent by a task."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..enums import Channel, Status
from ..errors import explain


class OutboundMessageQuerySet(models.QuerySet):
    def due(self, now=None):
        return self.filter(status=Status.QUEUED, send_after__lte=now or timezone.now())


class OutboundMessage(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="outbound_messages",
        verbose_name=_("person"),
    )
    recipient_name = models.CharField(_("recipient"), max_length=200, blank=True)
    address = models.CharField(_("address"), max_length=254, help_text=_("Mobile number or e-mail address."))
    unit = models.ForeignKey(
        "org.Unit",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="outbound_messages",
        verbose_name=_("unit"),
    )
    sender = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("sent by"),
    )
    channel = models.CharField(_("channel"), max_length=10, choices=Channel.choices)
    template_key = models.CharField(_("template"), max_length=100, db_index=True)
    language = models.CharField(_("language"), max_length=5, default="nb")
    subject = models.CharField(_("subject"), max_length=200, blank=True)
    body = models.TextField(_("text"))
    # db_default on fields added after the first release: processes still running the old code (a rolling
    # deploy) insert rows without them.
    html_body = models.TextField(
        _("HTML text"), blank=True, db_default="", help_text=_("Only for e-mails written as HTML.")
    )
    urgent = models.BooleanField(_("urgent"), default=False)
    secret = models.BooleanField(
        _("contains a code"),
        default=False,
        db_default=False,
        help_text=_("A log-in code or link: never shown here, and the text is wiped once the message is done."),
    )
    segments = models.PositiveSmallIntegerField(_("SMS segments"), default=0)

    status = models.CharField(_("status"), max_length=15, choices=Status.choices, default=Status.QUEUED)
    provider_id = models.CharField(_("provider message id"), max_length=64, blank=True, db_index=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    error_code = models.CharField(_("error code"), max_length=20, blank=True)
    error_text = models.TextField(_("error"), blank=True)

    created_at = models.DateTimeField(_("created"), default=timezone.now, db_index=True)
    send_after = models.DateTimeField(_("send after"), default=timezone.now)
    claimed_at = models.DateTimeField(_("claimed"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    delivered_at = models.DateTimeField(_("delivered"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = OutboundMessageQuerySet.as_manager()

    class Meta:
        verbose_name = _("outgoing message")
        verbose_name_plural = _("outgoing messages")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["status", "send_after"], name="outbox_due"),
            models.Index(fields=["unit", "channel", "created_at"], name="outbox_unit_month"),
        ]

    def __str__(self):
        return f"{self.get_channel_display()} {self.template_key} → {self.recipient_name or self.get_channel_display()}"

    @property
    def error_explanation(self):
        """What went wrong, in translated words for known codes (Twilio's, or why the row was skipped)."""
        return explain(self.error_code, self.error_text) if self.error_code or self.error_text else ""
