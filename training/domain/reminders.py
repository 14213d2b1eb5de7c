"""Reminding everyone overdue in the matrix, through notifications (one message per person at most a day)."""

import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from notifications.api import send

from ..messages import REMINDER
from ..models import TrainingIndexPage, TrainingReminder

PAUSE = datetime.timedelta(hours=24)


def people_to_remind(matrix):
    """(user, unit, overdue modules) for each overdue person, once even if they are in two units.

    The modules are those overdue in any of the person's rows (their roles may differ between units), each
    once, in the matrix's order; the unit is the first one they are overdue in.
    """
    people = {}
    for row in matrix.rows:
        if not row.overdue:
            continue
        modules = people.setdefault(row.user.pk, (row.user, row.unit, []))[2]
        modules.extend(module for module in row.overdue_modules if module not in modules)
    return list(people.values())


def training_link():
    index = TrainingIndexPage.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE).first()
    path = index.url if index is not None and index.url else "/min-side/"
    return settings.PUBLIC_BASE_URL.rstrip("/") + path


@transaction.atomic
def remind_overdue(sender, matrix, now=None):
    """Queue a reminder to each overdue person not reminded in the last day. Returns (sent, skipped)."""
    now = now or timezone.now()
    people = people_to_remind(matrix)
    recent = set(
        TrainingReminder.objects.filter(
            user__in=[user for user, _unit, _modules in people], sent_at__gte=now - PAUSE
        ).values_list("user_id", flat=True)
    )
    link, sent = training_link(), 0
    for user, unit, modules in people:
        if user.pk in recent:
            continue
        titles = [module.title for module in modules]
        send(user, REMINDER, {"moduler": ", ".join(titles), "lenke": link}, unit=unit)
        TrainingReminder.objects.create(user=user, unit=unit, sent_by=sender, modules="\n".join(titles))
        sent += 1
    return sent, len(people) - sent
