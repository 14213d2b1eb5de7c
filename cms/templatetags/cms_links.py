"""{% become_tidgiver_url %}: the address of the "Bli Tidgiver" page, for the log-in and sign-up pages."""

from django import template
from django.conf import settings

register = template.Library()

FALLBACK = "/bli-tidgiver/"


@register.simple_tag
def become_tidgiver_url():
    from portal.localized import url_in

    from ..recruitment import RecruitmentPage

    pages = RecruitmentPage.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE)
    page = pages.order_by("unit_id", "path").first()  # the page for every unit first
    return url_in(page) if page is not None else FALLBACK
