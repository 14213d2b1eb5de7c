"""Small helpers that turn participant data into what a coordinator reads."""


def names(items):
    return ", ".join(str(item) for item in items)


def staff_name(user):
    if user is None:
        return ""
    return user.get_full_name() or user.email


def life_area_labels(participant):
    """The prioritised life areas in order (uses the prefetched rows)."""
    areas = sorted(participant.life_areas.all(), key=lambda area: area.rank)
    return ", ".join(str(area.get_life_area_display()) for area in areas)
