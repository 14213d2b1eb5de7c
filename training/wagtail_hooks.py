"""Back office for training: the matrix of people × modules, in the menu for coordinators and unit admins."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from portal.org.rules import is_staff_member

from .admin import urls


class StaffMenuItem(MenuItem):
    def is_shown(self, request):
        return is_staff_member(request.user)


@hooks.register("register_admin_urls")
def register_training_admin_urls():
    return [path("training/", include(urls))]


@hooks.register("register_admin_menu_item")
def register_training_menu_item():
    return StaffMenuItem(_("Training"), reverse("training_admin:matrix"), icon_name="doc-full", order=220)
