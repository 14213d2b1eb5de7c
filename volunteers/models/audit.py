"""Shared by the audit models: who did it (kept as "nobody" when the account is deleted)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


def actor_field():
    return models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("by"),
    )
