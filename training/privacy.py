"""The training app's part of "download my data" (registered in apps.py): modules started and passed, quiz results.

Nothing is erased here: progress rows keep pointing at the anonymised account and count for statistics only.
"""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from portal.privacy.describe import describe
from portal.privacy.registry import register

from .models import ModuleProgress

ATTEMPT_FIELDS = ("submitted_at", "correct_count", "question_count", "score_percent", "passed")


def collect(user):
    progress = ModuleProgress.objects.filter(user=user).select_related("module").prefetch_related("attempts")
    return [
        {
            str(_("Module")): row.module.title,
            **describe(row, ("started_at", "passed_at")),
            str(_("Quiz attempts")): [describe(attempt, ATTEMPT_FIELDS) for attempt in row.attempts.all()],
        }
        for row in progress.order_by("started_at", "pk")
    ]


def register_privacy_part():
    register("training", title=gettext_lazy("Training"), collect=collect)
