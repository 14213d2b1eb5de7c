from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    name = "notifications"
    verbose_name = _("Notifications")

    def ready(self):
        from .checks import register_checks
        from .defaults import register_defaults

        register_defaults()
        register_checks()
