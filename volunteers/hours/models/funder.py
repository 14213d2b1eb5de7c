"""A saved funder report: the period and units, the texts staff write under each heading, the figures then."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

TEXT_LIMIT = 4000
# The headings of Stiftelsen Dam / ExtraStiftelsen's final report, each with a text box.
TEXT_FIELDS = ("activities", "goal_attainment", "target_group", "volunteer_effort", "user_involvement", "use_of_funds")


def text_box(label):
    return models.TextField(label, max_length=TEXT_LIMIT, blank=True)


class FunderReport(models.Model):
    unit = models.ForeignKey("org.Unit", on_delete=models.CASCADE, related_name="+", verbose_name=_("unit"))
    units = models.ManyToManyField("org.Unit", related_name="funder_reports", verbose_name=_("units"))
    start = models.DateField(_("from"))
    end = models.DateField(_("to"))
    activities = text_box(_("Activities carried out"))
    goal_attainment = text_box(_("Goal attainment and intended effects"))
    target_group = text_box(_("Target group reached"))
    volunteer_effort = text_box(_("Volunteer effort"))
    user_involvement = text_box(_("User involvement"))
    use_of_funds = text_box(_("Use of funds"))
    figures = models.JSONField(_("figures when saved"), default=dict)
    saved_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    saved_at = models.DateTimeField(_("saved"), default=timezone.now)

    class Meta:
        verbose_name = _("funder report")
        verbose_name_plural = _("funder reports")
        ordering = ["-saved_at"]

    def __str__(self):
        return f"{self.start:%d.%m.%Y}–{self.end:%d.%m.%Y}"
