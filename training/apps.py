from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrainingConfig(AppConfig):
    name = "training"
    verbose_name = _("Training")

    def ready(self):
        from .messages import register_templates
        from .privacy import register_privacy_part

        register_templates()
        register_privacy_part()
