"""The Tidgiver's matching profile: availability slots, pause ("Borte til"), capacity and matchable data.

Edited by the Tidgiver on Min side and by a coordinator in the back office, both through these functions.
At approval the application's rough availability and interests are copied in (`copy_from_application`).
A pause with a return date ends by itself on that date: `MatchingProfile.is_paused_on` and `not_paused_q`
compute it on read, so no task has to run for it.
"""

import re

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from volunteers.availability import DAY_ORDER, PART_ORDER, slots_from_application
from volunteers.models import Competency, Interest, Language

from ..enums import CAPACITY_MAX, CAPACITY_MIN
from ..models import AvailabilitySlot, MatchingProfile
from .errors import MatchingError

# What the Tidgiver and the coordinator may write. Everything else (unit, volunteer) is set here.
PROFILE_FIELDS = ("capacity", "municipality", "postal_code", "gender", "age_band", "lived_experience")


def profile_for(volunteer):
    """The volunteer's matching profile, created with the defaults if it does not exist yet."""
    profile, _created = MatchingProfile.objects.get_or_create(
        volunteer=volunteer, defaults={"unit_id": volunteer.unit_id}
    )
    return profile


@transaction.atomic
def update_profile(volunteer, *, values, interests=None, competencies=None, languages=None, slots=None):
    unknown = set(values) - set(PROFILE_FIELDS)
    if unknown:
        raise ValueError(f"Not a matching-profile field: {', '.join(sorted(unknown))}")
    capacity = values.get("capacity")
    if capacity is not None and not CAPACITY_MIN <= capacity <= CAPACITY_MAX:
        raise MatchingError(_("A Tidgiver takes one to three matches at once."))
    profile = profile_for(volunteer)
    for name, value in values.items():
        setattr(profile, name, value)
    profile.save()
    if interests is not None:
        profile.interests.set(interests)
    if competencies is not None:
        profile.competencies.set(competencies)
    if languages is not None:
        profile.languages.set(languages)
    if slots is not None:
        set_availability(volunteer, slots)
    return profile


@transaction.atomic
def set_pause(volunteer, *, paused, until=None, today=None):
    """Pause ("Borte til" a date, or until further notice) or end the pause. A date in the past is refused."""
    today = today or timezone.localdate()
    if paused and until is not None and until <= today:
        raise MatchingError(_("Choose a return date after today, or no date."))
    profile = profile_for(volunteer)
    profile.paused = bool(paused)
    profile.paused_until = until if paused else None
    profile.save(update_fields=["paused", "paused_until", "updated_at"])
    return profile


def set_availability(volunteer, slots):
    """The weekly slots, as (weekday, day part) pairs; rows not wanted any more are removed."""
    wanted = {(str(weekday), str(day_part)) for weekday, day_part in slots}
    current = {(slot.weekday, slot.day_part): slot.pk for slot in AvailabilitySlot.objects.filter(volunteer=volunteer)}
    stale = [pk for key, pk in current.items() if key not in wanted]
    if stale:
        AvailabilitySlot.objects.filter(pk__in=stale).delete()
    AvailabilitySlot.objects.bulk_create(
        AvailabilitySlot(unit_id=volunteer.unit_id, volunteer=volunteer, weekday=weekday, day_part=day_part)
        for weekday, day_part in sorted(wanted - set(current))
    )


@transaction.atomic
def copy_from_application(volunteer, application):
    """At approval: the application's availability, interests, languages, competencies, area, lived experience.

    Only what the profile does not hold yet is filled in, so approving again never overwrites what the
    Tidgiver has since chosen.
    """
    profile = profile_for(volunteer)
    if not AvailabilitySlot.objects.filter(volunteer=volunteer).exists():
        set_availability(volunteer, slots_from_application(application.available_days, application.available_times))
    if not profile.interests.exists():
        profile.interests.set(Interest.objects.filter(slug__in=application.interests or []))
    if not profile.languages.exists():
        profile.languages.set(match_languages(application.languages))
    if not profile.competencies.exists():
        profile.competencies.set(match_competencies(application.competencies))
    changed = []
    if not profile.postal_code and application.postal_code:
        profile.postal_code, profile.municipality = application.postal_code, application.postal_place
        changed += ["postal_code", "municipality"]
    if profile.lived_experience is None and application.lived_experience is not None:
        profile.lived_experience = application.lived_experience
        changed.append("lived_experience")
    if changed:
        profile.save(update_fields=changed)
    return profile


def _words(text):
    return [word for word in re.split(r"[\s,;/.()+&]+|\bog\b|\band\b", (text or "").lower()) if word]


def match_languages(text):
    """Best effort: "norsk, engelsk og litt polsk" → Norwegian, English, Polish (by Norwegian or English name)."""
    words = set(_words(text))
    return [
        language
        for language in Language.objects.active()
        if {language.name.lower(), language.name_en.lower(), language.slug} & words
    ]


# Words in the application's free-text competencies that point to an entry of the competency list.
COMPETENCY_WORDS = {
    "personal_finance": ("økonomi", "privatøkonomi", "budsjett", "regnskap", "regninger", "gjeld", "finance"),
    "job_experience": ("jobb", "arbeid", "arbeidserfaring", "jobbsøking", "cv", "leder", "job"),
    "school_courses": ("skole", "lærer", "kurs", "lekser", "studier", "school", "teacher"),
    "housing": ("bolig", "flytting", "oppussing", "snekker", "housing"),
    "public_offices": ("nav", "offentlige", "kommunen", "skjema", "søknader"),
    "clubs_network": ("forening", "foreninger", "kor", "frivillig", "menighet", "nettverk", "klubb"),
    "sport_activity": ("fotball", "trening", "tur", "turer", "ski", "svømming", "idrett", "friluftsliv", "sport"),
    "culture_music": ("musikk", "kultur", "kunst", "teater", "gitar", "piano", "kino", "music"),
    "cooking": ("matlaging", "mat", "lage", "baking", "cooking"),
}


def match_competencies(text):
    """Best effort: entries of the competency list whose typical words occur in the free text."""
    words = set(_words(text))
    slugs = [slug for slug, hints in COMPETENCY_WORDS.items() if words & set(hints)]
    return list(Competency.objects.active().filter(slug__in=slugs))


def collect_for_person(user):
    """ "Download my data": the person's matching profiles (one per unit), JSON-ready."""
    profiles = MatchingProfile.objects.filter(volunteer__user=user).select_related("unit", "volunteer")
    return [
        {
            "unit": profile.unit.name,
            "capacity": profile.capacity,
            "paused": profile.paused,
            "away_until": profile.paused_until.isoformat() if profile.paused_until else None,
            "availability": [
                f"{day}:{part}"
                for day, part in sorted(
                    AvailabilitySlot.objects.filter(volunteer=profile.volunteer).values_list("weekday", "day_part"),
                    key=lambda slot: (DAY_ORDER[slot[0]], PART_ORDER[slot[1]]),
                )
            ],
            "interests": [str(entry) for entry in profile.interests.all()],
            "competencies": [str(entry) for entry in profile.competencies.all()],
            "languages": [str(entry) for entry in profile.languages.all()],
            "municipality": profile.municipality,
            "postal_code": profile.postal_code,
            "gender": profile.gender,
            "age_band": profile.age_band,
            "lived_experience": profile.lived_experience,
        }
        for profile in profiles
    ]


def erase_for_person(user):
    """ "Delete me": the matching profile is about the person only; no statistic needs it."""
    AvailabilitySlot.objects.filter(volunteer__user=user).delete()
    MatchingProfile.objects.filter(volunteer__user=user).delete()
