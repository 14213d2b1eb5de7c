from django import template

register = template.Library()


@register.filter
def kind(value):
    """'mapping', 'list', 'empty' or 'value': how the readable data page shows a piece of the download."""
    if value in (None, "", [], {}):
        return "empty"
    if isinstance(value, dict):
        return "mapping"
    if isinstance(value, list | tuple):
        return "list"
    return "value"
