from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HoursConfig(AppConfig):
    name = "volunteers.hours"
    label = "hours"
    verbose_name = _("Hours")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from notifications.api import register_keyword

        from . import sms
        from .domain.messages import register_templates

        register_templates()
        # An unknown number gets notifications' generic help; the handlers only see people we know.
        register_keyword("TIMER", sms.handle_timer, known_senders_only=True)
        register_keyword("ANGRE", sms.handle_undo, known_senders_only=True)
