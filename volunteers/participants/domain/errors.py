"""What the participants domain refuses, with a message for the person who tried."""

from django.utils.translation import gettext as _


class ParticipantError(Exception):
    """Base class: the message is meant for the user who tried the action."""


class StatusChangeNotAllowed(ParticipantError):
    def __init__(self, from_status, to_status):
        self.from_status, self.to_status = from_status, to_status
        super().__init__(
            _("A participant cannot go from “%(from)s” to “%(to)s”.")
            % {"from": from_status.label, "to": to_status.label}
        )
