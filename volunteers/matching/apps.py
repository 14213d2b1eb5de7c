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
        from volunteers.domain.profiles import register_on_approved
        from volunteers.participants.domain.erasure import register_eraser

        from .domain.erasure import erase_participant_texts
        from .domain.profiles import copy_from_application

        register_on_approved(copy_from_application)
        register_eraser(erase_participant_texts)
