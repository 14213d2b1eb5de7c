from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrgConfig(AppConfig):
    name = "portal.org"
    label = "org"
    verbose_name = _("Organisation")

    def ready(self):
        from .audit import guard_entries

        guard_entries()
