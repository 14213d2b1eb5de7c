"""Editable vocabularies shared by Tidgivere and participants: interests, competencies, languages.

They live in the base app because both participants and matching use them, and participants never imports
matching. Staff edit them in Wagtail (snippets); a retired entry is hidden from forms, never deleted, so old
profiles keep their meaning.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from ..enums import DayPart, LifeArea, Weekday


class VocabularyQuerySet(models.QuerySet):
    def active(self):
        return self.filter(active=True)


class VocabularyEntry(models.Model):
    slug = models.SlugField(_("code"), max_length=50, unique=True)
    name = models.CharField(_("name (Norwegian)"), max_length=100)
    name_en = models.CharField(_("name (English)"), max_length=100, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=100)
    active = models.BooleanField(_("in use"), default=True, help_text=_("Untick to hide it from forms."))

    objects = VocabularyQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        from django.utils.translation import get_language

        if self.name_en and (get_language() or "nb").startswith("en"):
            return self.name_en
        return self.name


class Interest(VocabularyEntry):
    """Activities and support: culture, sport and outdoor life, housing and home, personal finance, ..."""

    class Meta(VocabularyEntry.Meta):
        verbose_name = _("interest")
        verbose_name_plural = _("interests")


class Competency(VocabularyEntry):
    """What a Tidgiver can help with, e.g. personal finance, job experience, housing, public offices."""

    life_area = models.CharField(
        _("life area it helps with"),
        max_length=20,
        choices=LifeArea.choices,
        blank=True,
        help_text=_("Ranking gives points when this is one of the participant's prioritised life areas."),
    )

    class Meta(VocabularyEntry.Meta):
        verbose_name = _("competency")
        verbose_name_plural = _("competencies")


class Language(VocabularyEntry):
    class Meta(VocabularyEntry.Meta):
        verbose_name = _("language")
        verbose_name_plural = _("languages")


class WeeklySlot(models.Model):
    """One weekly slot (weekday × part of day) as a row, so overlap is a plain join on both databases."""

    weekday = models.CharField(_("weekday"), max_length=3, choices=Weekday.choices)
    day_part = models.CharField(_("part of day"), max_length=10, choices=DayPart.choices)

    class Meta:
        abstract = True

    def __str__(self):
        return f"{self.get_weekday_display()} {self.get_day_part_display().lower()}"
