from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    """What a person is in a unit. Applicants become Tidgivere when their application is approved."""

    APPLICANT = "applicant", _("Applicant")
    TIDGIVER = "tidgiver", _("Tidgiver")
    COORDINATOR = "coordinator", _("Coordinator")
    UNIT_ADMIN = "unit_admin", _("Unit admin")


STAFF_ROLES = (Role.COORDINATOR, Role.UNIT_ADMIN)
