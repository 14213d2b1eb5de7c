from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    name = "notifications"
    verbose_name = _("Notifications")

    def ready(self):
        from .checks import register_checks
        from .defaults import register_defaults
        from .domain.shown_preference import connect_signals

        register_defaults()
        connect_signals()
        register_checks()
        self.connect_allauth_signals()

    def connect_allauth_signals(self):
        from allauth.account.signals import password_set

        from .views.reauth import remember_password_set_here

        password_set.connect(remember_password_set_here, dispatch_uid="notifications.password_set_here")
