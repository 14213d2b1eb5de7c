"""Staff's own wording for a message template. Without a row, the default shipped in code is used."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class MessageTemplate(models.Model):
    key = models.CharField(_("template key"), max_length=100, unique=True)
    sms_nb = models.TextField(_("SMS (Norwegian)"), blank=True)
    sms_en = models.TextField(_("SMS (English)"), blank=True)
    email_subject_nb = models.CharField(_("e-mail subject (Norwegian)"), max_length=200, blank=True)
    email_subject_en = models.CharField(_("e-mail subject (English)"), max_length=200, blank=True)
    email_body_nb = models.TextField(_("e-mail text (Norwegian)"), blank=True)
    email_body_en = models.TextField(_("e-mail text (English)"), blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("message template")
        verbose_name_plural = _("message templates")
        ordering = ["key"]

    def __str__(self):
        return self.key
