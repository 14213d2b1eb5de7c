"""Back-office assets of the project itself."""

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks


@hooks.register("insert_global_admin_js")
def start_date_and_time_pickers():
    return format_html('<script src="{}"></script>', static("portal/admin-choosers.js"))
