"""Registering a participant and keeping the record up to date: the one place that writes the record's fields.

The status is not among them: it changes only through `status.set_status` (and matching, through the same).
"""

from django.db import transaction

from ..enums import ParticipantStatus
from ..models import Participant, ParticipantLifeArea, ParticipantSlot
from . import goals as goals_domain

# What staff may write on a participant record. Anything else (status, unit, erasure, who recorded consent)
# is set by the domain.
PROFILE_FIELDS = (
    "display_name",
    "code",
    "responsible",
    "start_date",
    "age_band",
    "municipality",
    "postal_code",
    "preferred_gender",
    "gender_wish",
    "preferred_age_band",
    "age_wish",
    "wants_lived_experience",
    "what_would_help",
    "consent_given_on",
    "consent_text_version",
)
CONSENT_FIELDS = ("consent_given_on", "consent_text_version")


def _profile_values(values):
    unknown = set(values) - set(PROFILE_FIELDS)
    if unknown:
        raise ValueError(f"Not a participant field staff may write: {', '.join(sorted(unknown))}")
    return values


@transaction.atomic
def register(
    unit,
    *,
    actor,
    values,
    interests=(),
    languages=(),
    life_areas=(),
    slots=(),
    goals=(),
    life_satisfaction=None,
):
    """A new participant in `unit`, waiting for a Tidgiver. The consent is recorded by `actor`.

    `goals` are (text, intake score) pairs, 1–3 of them; `life_satisfaction` the intake answer (0–10) or None.
    """
    participant = Participant(unit=unit, status=ParticipantStatus.WAITING, **_profile_values(values))
    if participant.consent_given_on:
        participant.consent_recorded_by = actor
    participant.save()
    _set_matchable(participant, interests, languages, life_areas, slots)
    goals_domain.set_intake(participant, goals, life_satisfaction, actor=actor, on=participant.start_date)
    return participant


@transaction.atomic
def update(participant, *, actor, values, interests=(), languages=(), life_areas=(), slots=()):
    """Change what staff may change. A changed consent (date or text version) is recorded by `actor`."""
    values = _profile_values(values)
    # Compared with what is stored: a bound model form has already copied its values onto `participant`.
    stored = Participant.objects.filter(pk=participant.pk).values(*CONSENT_FIELDS).get()
    consent_changed = any(name in values and values[name] != stored[name] for name in CONSENT_FIELDS)
    for name, value in values.items():
        setattr(participant, name, value)
    fields = list(values)
    if consent_changed:
        participant.consent_recorded_by = actor if participant.consent_given_on else None
        fields.append("consent_recorded_by")
    participant.save(update_fields=fields)
    _set_matchable(participant, interests, languages, life_areas, slots)
    return participant


def _set_matchable(participant, interests, languages, life_areas, slots):
    participant.interests.set(interests)
    participant.languages.set(languages)
    set_life_areas(participant, life_areas)
    set_slots(participant, slots)


def set_life_areas(participant, life_areas):
    """The prioritised life areas, most important first (rank 1)."""
    wanted = [(rank, str(area)) for rank, area in enumerate(life_areas, start=1)]
    current = list(participant.life_areas.order_by("rank").values_list("rank", "life_area"))
    if current == wanted:
        return
    participant.life_areas.all().delete()
    ParticipantLifeArea.objects.bulk_create(
        ParticipantLifeArea(unit_id=participant.unit_id, participant=participant, life_area=area, rank=rank)
        for rank, area in wanted
    )


def set_slots(participant, slots):
    """The weekly times that suit, as (weekday, day part) pairs."""
    wanted = {(str(weekday), str(day_part)) for weekday, day_part in slots}
    current = {(slot.weekday, slot.day_part): slot.pk for slot in participant.slots.all()}
    stale = [pk for key, pk in current.items() if key not in wanted]
    if stale:
        ParticipantSlot.objects.filter(pk__in=stale).delete()
    ParticipantSlot.objects.bulk_create(
        ParticipantSlot(unit_id=participant.unit_id, participant=participant, weekday=weekday, day_part=day_part)
        for weekday, day_part in sorted(wanted - set(current))
    )
