from django.db import models
from django.utils.translation import gettext_lazy as _


class ErasureState(models.TextChoices):
    REQUESTED = "requested", _("Requested")
    DONE = "done", _("Anonymised")
    CANCELLED = "cancelled", _("Cancelled")


# The request runs by itself this long after it was made, unless something blocks it (e.g. an active match).
ERASURE_WAIT_DAYS = 30
