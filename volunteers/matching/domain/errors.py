"""What matching refuses, with a message that can be shown to the person who tried."""

from django.utils.translation import gettext as _


class MatchingError(Exception):
    """Base class: the message is meant for the user who tried the action."""


class Blocked(MatchingError):
    """The guard found reasons the move cannot be made now (the same list the buttons show)."""

    def __init__(self, reasons):
        self.reasons = list(reasons)
        super().__init__(" ".join(str(reason) for reason in self.reasons))


class ProposalExpired(MatchingError):
    def __init__(self):
        super().__init__(_("The deadline for answering has passed."))


class NotYours(MatchingError):
    def __init__(self):
        super().__init__(_("Only the Tidgiver who was asked can answer this proposal."))
