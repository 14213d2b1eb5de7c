from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Portal"

    def ready(self):
        from wagtail.documents import get_document_model
        from wagtail.permissions import register_permission_policy

        from portal.documents import document_permission_policy

        # exact_class: wins over the policy wagtail.documents registers in its own ready().
        register_permission_policy(get_document_model(), document_permission_policy(), exact_class=True)
