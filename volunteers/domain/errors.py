"""What the domain refuses, with a message that can be shown to the person who tried."""

from django.utils.translation import gettext as _


class ScreeningError(Exception):
    """Base class: the message is meant for the user who tried the action."""


class TransitionNotAllowed(ScreeningError):
    def __init__(self, from_state, to_state):
        self.from_state, self.to_state = from_state, to_state
        super().__init__(
            _("An application cannot go from “%(from)s” to “%(to)s”.")
            % {"from": from_state.label, "to": to_state.label}
        )


class ChecklistIncomplete(ScreeningError):
    def __init__(self, missing):
        self.missing = list(missing)
        labels = ", ".join(str(item.label) for item in self.missing)
        super().__init__(_("The checklist is not complete: %(missing)s.") % {"missing": labels})


class ReasonRequired(ScreeningError):
    def __init__(self):
        super().__init__(_("Write a reason (internal) before you reject an application."))


class GuardianNotConfirmed(ScreeningError):
    def __init__(self):
        super().__init__(_("The guardian has not confirmed yet. Screening starts when they have."))


class YouthGuardianMissing(GuardianNotConfirmed):
    def __init__(self):
        ScreeningError.__init__(
            self,
            _(
                "The applicant was under 18 when applying, and the guardian has not confirmed yet. "
                "Screening cannot go on, and the application cannot be approved, until they have."
            ),
        )


class StepNotApplicable(ScreeningError):
    """E.g. recording a police certificate for a role that does not require one."""


class UpdateNotPending(ScreeningError):
    def __init__(self):
        super().__init__(_("These answers were already applied, discarded or replaced by newer ones."))


class ApplicationClosed(ScreeningError):
    def __init__(self):
        super().__init__(_("The application is no longer open, so it cannot be updated."))
