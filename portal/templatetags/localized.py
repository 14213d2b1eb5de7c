"""{% localized_url page %}, {% localized page as shown %}, {% content_language page as code %} and
{% page_alternates page as links %}: links and notes for pages in the visitor's language (portal.localized)."""

from django import template

from portal import localized as localized_pages

register = template.Library()


@register.simple_tag(takes_context=True)
def localized_url(context, page):
    if page is None:
        return ""
    return localized_pages.url_in(page, request=context.get("request")) or ""


@register.simple_tag
def localized(page):
    return localized_pages.shown_in(page) if page is not None else None


@register.simple_tag
def content_language(page):
    """The language ``page`` is written in ("" for anything that is not a Wagtail page)."""
    return localized_pages.language_of(page) if getattr(page, "locale_id", None) else ""


@register.simple_tag(takes_context=True)
def page_alternates(context, page):
    if not getattr(page, "translation_key", None):
        return []
    return localized_pages.alternates(page, request=context.get("request"))
