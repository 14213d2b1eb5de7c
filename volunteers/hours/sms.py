"""SMS keywords of the hours app (registered in HoursConfig.ready()): thin, the domain does the work."""

from .domain import sms_entries


def handle_timer(message, user):
    return sms_entries.timer(user, message.body, message.provider_id)


def handle_undo(message, user):
    return sms_entries.undo(user)
