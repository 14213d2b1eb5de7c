"""django-q2 tasks of matching. Scheduled every 15 minutes in migration 0002; safe to run more than once."""

from .domain import deadlines


def proposal_deadlines():
    """Remind unanswered proposals, expire them at the deadline, end pauses that reached their return date."""
    return deadlines.run()
