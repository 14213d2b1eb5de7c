from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MatchingConfig(AppConfig):
    name = "volunteers.matching"
    label = "matching"
    verbose_name = _("Matching")

    def ready(self):
        from .domain.messages import register_templates

        register_templates()
