"""Everything held about a person, from every registered part: one structure for the JSON file and the page."""

from django.utils import timezone

from ..registry import parts


def export_for(user):
    return {
        "generated_at": timezone.now().isoformat(),
        "parts": [
            {"key": part.key, "title": str(part.title), "data": part.collect(user)}
            for part in parts()
            if part.collect is not None
        ],
    }
