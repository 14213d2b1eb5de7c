"""What the ranking pages show of a participant's needs and of a candidate's profile (labels, no logic)."""

from django.utils.translation import gettext as _

from volunteers.enums import AgeBand, DayPart, Gender, Weekday, WishStrength

from ..domain.guards import profile_of

WEEKDAY_ORDER = {value: position for position, value in enumerate(Weekday.values)}
DAY_PART_ORDER = {value: position for position, value in enumerate(DayPart.values)}


def slot_labels(slots):
    ordered = sorted(slots, key=lambda slot: (WEEKDAY_ORDER[slot.weekday], DAY_PART_ORDER[slot.day_part]))
    return [str(slot) for slot in ordered]


def _wish(value, choices, strength):
    if not value:
        return ""
    label = choices(value).label
    return _("%(wish)s (must)") % {"wish": label} if strength == WishStrength.MUST else label


def needs_summary(participant):
    """The participant's data that ranking uses, as label lists (what the coordinator checks first)."""
    return {
        "interests": [str(interest) for interest in participant.interests.all()],
        "life_areas": [area.get_life_area_display() for area in participant.life_areas.order_by("rank")],
        "times": slot_labels(participant.slots.all()),
        "area": ", ".join(part for part in (participant.municipality, participant.postal_code) if part),
        "languages": [str(language) for language in participant.languages.all()],
        "gender": _wish(participant.preferred_gender, Gender, participant.gender_wish),
        "age_band": _wish(participant.preferred_age_band, AgeBand, participant.age_wish),
        "wants_lived_experience": participant.wants_lived_experience,
    }


def profile_summary(volunteer):
    """A candidate's matching profile as labels (lived experience is shown to coordinators only, as here)."""
    profile = profile_of(volunteer)
    saved = profile.pk is not None
    return {
        "role": volunteer.volunteer_role.name if volunteer.volunteer_role else "",
        "area": ", ".join(part for part in (profile.municipality, profile.postal_code) if part),
        "interests": [str(entry) for entry in profile.interests.all()] if saved else [],
        "competencies": [str(entry) for entry in profile.competencies.all()] if saved else [],
        "languages": [str(entry) for entry in profile.languages.all()] if saved else [],
        "times": slot_labels(volunteer.availability_slots.all()),
        "capacity": profile.capacity,
        "gender": profile.get_gender_display() if profile.gender else "",
        "age_band": profile.get_age_band_display() if profile.age_band else "",
        "lived_experience": profile.lived_experience,
    }
