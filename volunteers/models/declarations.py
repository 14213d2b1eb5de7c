"""The taushetserklæring: a versioned text, and who signed which version."""

from django.conf import settings
from django.db import models
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ConfidentialityDeclarationQuerySet(models.QuerySet):
    def published(self):
        return self.filter(published_at__lte=timezone.now())

    def current(self):
        return self.published().order_by("-version").first()


class ConfidentialityDeclaration(models.Model):
    """One version of the declaration. A changed text is a new row: old signatures keep pointing to their text."""

    version = models.PositiveIntegerField(_("version"), unique=True, editable=False)
    title = models.CharField(_("title"), max_length=200, default="Taushetserklæring")
    text = models.TextField(_("text"))
    # The same version in English, for Tidgivers who read English (like the vocabularies' name_en).
    title_en = models.CharField(_("title in English"), max_length=200, blank=True, default="", db_default="")
    text_en = models.TextField(
        _("text in English"),
        blank=True,
        default="",
        db_default="",
        help_text=_("Leave empty to show the Norwegian text to everyone."),
    )
    published_at = models.DateTimeField(_("published"), default=timezone.now)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = ConfidentialityDeclarationQuerySet.as_manager()

    class Meta:
        verbose_name = _("confidentiality declaration")
        verbose_name_plural = _("confidentiality declarations")
        ordering = ["-version"]

    def __str__(self):
        return f"{self.title} (v{self.version})"

    def save(self, *args, **kwargs):
        if self.version is None:
            latest = ConfidentialityDeclaration.objects.aggregate(latest=Max("version"))["latest"]
            self.version = (latest or 0) + 1
        super().save(*args, **kwargs)

    def language_for(self, language):
        """The language this version is shown in to someone reading ``language``: English where there is an
        English text, else Norwegian."""
        return "en" if language == "en" and self.text_en.strip() else settings.LANGUAGE_CODE

    def title_in(self, language):
        return (self.title_en or self.title) if self.language_for(language) == "en" else self.title

    def text_in(self, language):
        return self.text_en if self.language_for(language) == "en" else self.text


class ConfidentialitySignature(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="confidentiality_signatures",
        verbose_name=_("person"),
    )
    declaration = models.ForeignKey(
        ConfidentialityDeclaration, on_delete=models.PROTECT, related_name="signatures", verbose_name=_("version")
    )
    full_name = models.CharField(_("full name as typed"), max_length=200)
    signed_at = models.DateTimeField(_("signed"), default=timezone.now)
    ip = models.GenericIPAddressField(_("IP address"), null=True, blank=True)
    language = models.CharField(
        _("language signed in"), max_length=8, default="nb", db_default="nb", help_text=_("The text shown, nb or en.")
    )

    class Meta:
        verbose_name = _("confidentiality signature")
        verbose_name_plural = _("confidentiality signatures")
        ordering = ["-signed_at"]
        constraints = [models.UniqueConstraint(fields=["user", "declaration"], name="one_signature_per_version")]

    def __str__(self):
        return f"{self.full_name} – v{self.declaration.version}"
