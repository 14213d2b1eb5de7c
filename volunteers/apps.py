from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VolunteersConfig(AppConfig):
    name = "volunteers"
    verbose_name = _("Tidgivers")

    def ready(self):
        from allauth.account.signals import password_reset

        from . import group_message  # noqa: F401
        from .domain.accounts import mark_email_verified
        from .domain.messages import register_templates
        from .privacy import register_privacy_part
        from .snippets import register as register_snippets

        register_templates()
        register_snippets()
        register_privacy_part()
        password_reset.connect(mark_email_verified, dispatch_uid="volunteers.mark_email_verified")
