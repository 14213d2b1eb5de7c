"""django-q2 tasks of the volunteers app. Scheduled in migration 0002 (daily)."""

from .domain.retention import purge_expired


def purge_expired_applications():
    """Anonymise (or delete) rejected and withdrawn applications older than the retention period."""
    return purge_expired()
