"""django-q2 tasks of the privacy app. Scheduled in migration 0002 (daily)."""

from .domain.erasure import erase_due


def erase_due_requests():
    """Delete (anonymise) the people whose request has waited its time and nothing blocks."""
    return erase_due()
