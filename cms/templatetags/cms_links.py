"""{% become_tidgiver_url %}: the address of the "Bli Tidgiver" page, for the log-in and sign-up pages."""

from django import template

register = template.Library()

FALLBACK = "/bli-tidgiver/"


@register.simple_tag
def become_tidgiver_url():
    from ..recruitment import RecruitmentPage

    page = RecruitmentPage.objects.live().order_by("unit_id", "path").first()  # the page for every unit first
    return page.url if page is not None else FALLBACK
