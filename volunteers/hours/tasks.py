"""django-q2 tasks of the hours app."""


def run_reminders():
    from .domain.reminders import run_all

    return run_all()
