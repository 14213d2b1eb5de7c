from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MatchingConfig(AppConfig):
    name = "volunteers.matching"
    label = "matching"
    verbose_name = _("Matching")

    def ready(self):
        from . import sms
        from .domain.messages import register_templates
        from .privacy import register_privacy_part

        register_templates()
        sms.register()
        register_privacy_part()
        from .profile_registration import register as register_profile_hooks

        register_profile_hooks()
