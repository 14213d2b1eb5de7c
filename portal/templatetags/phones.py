"""{{ number|phone }}: a stored E.164 number shown the way people write it ('32 00 00 00')."""

from django import template

from notifications.api import display_phone

register = template.Library()


@register.filter
def phone(value):
    return display_phone(value)
