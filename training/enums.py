"""Choice lists of the training app."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.org.enums import Role


class QuestionKind(models.TextChoices):
    SINGLE = "single", _("One right answer")
    MULTIPLE = "multiple", _("One or more right answers")


class ModuleState(models.TextChoices):
    """Where a person stands with one module. Only PASSED counts as complete."""

    NOT_STARTED = "not_started", _("Not started")
    STARTED = "started", _("Started")
    NOT_PASSED = "not_passed", _("Not passed")
    PASSED = "passed", _("Passed")
    DUE_AGAIN = "due_again", _("Due again")


COMPLETE_STATES = (ModuleState.PASSED,)

# People who take training (besides staff): applicants in screening and Tidgivere.
TRAINEE_ROLES = (Role.APPLICANT, Role.TIDGIVER)
