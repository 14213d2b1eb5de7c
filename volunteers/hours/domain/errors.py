"""What the hours domain refuses, with a message meant for the person who tried."""

from django.utils.translation import gettext as _


class HoursError(Exception):
    """Base class: the message can be shown as it is."""


class TransitionNotAllowed(HoursError):
    def __init__(self, from_state, to_state):
        self.from_state, self.to_state = from_state, to_state
        super().__init__(
            _("An hour entry cannot go from “%(from)s” to “%(to)s”.") % {"from": from_state.label, "to": to_state.label}
        )


class EntryLocked(HoursError):
    def __init__(self):
        super().__init__(_("This entry is approved and locked. Ask your coordinator if something is wrong."))


class CommentRequired(HoursError):
    def __init__(self):
        super().__init__(_("Write a comment so the Tidgiver knows what to change."))


class ReasonRequired(HoursError):
    def __init__(self):
        super().__init__(_("Write a reason for correcting an approved entry."))


class NotAllowed(HoursError):
    def __init__(self):
        super().__init__(_("You may not change this entry."))


class NotApproved(HoursError):
    def __init__(self):
        super().__init__(_("Only approved entries are corrected; change a waiting entry by returning it."))
