from wagtail import hooks

from .admin import ErasureRequestViewSet


@hooks.register("register_admin_viewset")
def register_privacy_viewsets():
    return ErasureRequestViewSet("deletion_requests")
