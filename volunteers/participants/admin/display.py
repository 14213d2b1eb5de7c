"""Small helpers that turn participant data into what a coordinator reads."""

from volunteers.enums import LifeArea


def names(items):
    return ", ".join(str(item) for item in items)


def staff_name(user):
    if user is None:
        return ""
    return user.get_full_name() or user.email


def life_area_labels(participant):
    """The prioritised life areas in order (uses the prefetched rows; labels without get_FOO_display, which hashes
    every choice's lazy label for each call)."""
    labels = dict(LifeArea.choices)
    areas = sorted(participant.life_areas.all(), key=lambda area: area.rank)
    return ", ".join(str(labels.get(area.life_area, area.life_area)) for area in areas)
