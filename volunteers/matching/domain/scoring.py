"""The weighted score of a participant with every Tidgiver of a pool, and the reason line of each component.

One component per thing a coordinator weighs (DEFAULT_WEIGHTS): each gives a share (0 to 1) of its weight,
rounded to whole points, and the total is the sum of those points, so the reasons always add up to the score.
"""

from dataclasses import dataclass, field

import numpy as np
from django.utils.translation import gettext as _

from volunteers.enums import AgeBand, DayPart, Gender, LifeArea, Weekday, WishStrength
from volunteers.participants.models import Participant, ParticipantLifeArea, ParticipantSlot

from ..enums import DEFAULT_WEIGHTS
from .pool import LIFE_AREAS, area_key, postal_area, slot_index, slot_of_index

COMPONENTS = tuple(DEFAULT_WEIGHTS)
# How much a competency counts by the place of its life area in the participant's own order.
RANK_SHARE = {1: 1.0, 2: 0.6, 3: 0.4, 4: 0.2, 5: 0.1}
# Sharing this many interests (or all of the participant's, if fewer) gives the full weight; likewise slots.
FULL_INTERESTS, FULL_SLOTS = 3, 2
# A Tidgiver approved this many days ago and never matched gets the full waiting bonus.
FULL_WAITING_DAYS = 90


@dataclass
class Needs:
    """What ranking knows of a participant: the ids of their interests and languages, their life areas in
    order, the weekly slots that suit them, where they live, and their wishes marked "prefer"."""

    participant_id: int
    unit_id: int
    interests: dict = field(default_factory=dict)  # id → name
    languages: dict = field(default_factory=dict)
    life_area_ranks: dict = field(default_factory=dict)  # life area → rank (1 matters most)
    slots: list = field(default_factory=list)  # slot indices
    municipality: str = ""
    postal_area: str = ""
    preferred_gender: str = ""  # only when the wish is "prefer" ("must" is a hard filter)
    preferred_age_band: str = ""
    wants_lived_experience: bool = False


def needs_for(participants):
    """{participant id: Needs} for many participants in four queries (interests, languages, life areas, slots)."""
    participants = list(participants)
    ids = [participant.pk for participant in participants]
    needs = {
        p.pk: Needs(
            participant_id=p.pk,
            unit_id=p.unit_id,
            municipality=area_key(p.municipality),
            postal_area=postal_area(p.postal_code),
            preferred_gender=p.preferred_gender if p.gender_wish == WishStrength.PREFER else "",
            preferred_age_band=p.preferred_age_band if p.age_wish == WishStrength.PREFER else "",
            wants_lived_experience=p.wants_lived_experience,
        )
        for p in participants
    }
    interests = Participant.interests.through.objects.filter(participant__in=ids).select_related("interest")
    for row in interests.order_by("interest__sort_order", "interest__name"):
        needs[row.participant_id].interests[row.interest_id] = str(row.interest)
    languages = Participant.languages.through.objects.filter(participant__in=ids).select_related("language")
    for row in languages.order_by("language__sort_order", "language__name"):
        needs[row.participant_id].languages[row.language_id] = str(row.language)
    for participant_id, life_area, rank in ParticipantLifeArea.objects.filter(participant__in=ids).values_list(
        "participant_id", "life_area", "rank"
    ):
        needs[participant_id].life_area_ranks[life_area] = rank
    for participant_id, weekday, day_part in ParticipantSlot.objects.filter(participant__in=ids).values_list(
        "participant_id", "weekday", "day_part"
    ):
        needs[participant_id].slots.append(slot_index(weekday, day_part))
    return needs


def _points(weight, share):
    return np.floor(weight * np.clip(share, 0.0, 1.0) + 0.5).astype(np.int64)


def _share_of(count, full):
    return count / full if full else np.zeros_like(count, dtype=float)


def _one_hot(size, columns):
    vector = np.zeros(size, dtype=np.float32)
    vector[columns] = 1.0
    return vector


def _shared(matrix, columns_by_id, ids):
    """How many of ``ids`` each Tidgiver has (one matrix-vector product)."""
    columns = [columns_by_id[key] for key in ids if key in columns_by_id]
    return matrix @ _one_hot(matrix.shape[1], columns)


def shares(needs, pool):
    """{component: share of its weight (0..1) for each Tidgiver of the pool}, or None where it does not apply."""
    result = dict.fromkeys(COMPONENTS)
    if needs.interests:
        shared = _shared(pool.interests, pool.interest_columns, needs.interests)
        result["interests"] = _share_of(shared, min(len(needs.interests), FULL_INTERESTS))
    if needs.life_area_ranks:
        weights = np.array([RANK_SHARE.get(needs.life_area_ranks.get(area), 0.0) for area in LIFE_AREAS])
        result["competencies"] = (pool.life_areas * weights).max(axis=1, initial=0.0)
    if needs.slots:
        overlap = pool.slots @ _one_hot(pool.slots.shape[1], needs.slots)
        result["availability"] = _share_of(overlap, min(len(needs.slots), FULL_SLOTS))
    if needs.municipality or needs.postal_area:
        same_place = pool.equals("municipality", needs.municipality)
        nearby = pool.equals("postal_area", needs.postal_area)
        result["area"] = np.where(same_place, 1.0, np.where(nearby, 0.5, 0.0))
    if needs.languages:
        result["language"] = (_shared(pool.languages, pool.language_columns, needs.languages) > 0).astype(float)
    wishes = _wish_matches(needs, pool)
    if wishes:
        result["wishes"] = np.mean([matched for _label, matched in wishes], axis=0)
    result["load"] = 1.0 - pool.taken / np.maximum(pool.capacity, 1)
    result["waiting"] = np.where(pool.ever_matched, 0.0, np.minimum(pool.days_approved / FULL_WAITING_DAYS, 1.0))
    return result


def _wish_matches(needs, pool):
    """[(label, bool array)] for each wish the participant would prefer."""
    wishes = []
    if needs.preferred_gender:
        wishes.append((Gender(needs.preferred_gender).label.lower(), pool.equals("gender", needs.preferred_gender)))
    if needs.preferred_age_band:
        label = _("age %(age)s") % {"age": AgeBand(needs.preferred_age_band).label}
        wishes.append((label, pool.equals("age_band", needs.preferred_age_band)))
    if needs.wants_lived_experience:
        wishes.append((_("lived experience"), pool.lived_experience))
    return wishes


def points(needs, pool, weights):
    """{component: whole points for each Tidgiver} and the totals, for the components that apply."""
    by_component = {
        name: _points(weights[name], share) for name, share in shares(needs, pool).items() if share is not None
    }
    total = sum(by_component.values(), np.zeros(len(pool), dtype=np.int64))
    return by_component, total


def _present(names_by_id, columns, row_values):
    """The names (in the participant's order) of the entries the Tidgiver has too."""
    return [name for key, name in names_by_id.items() if key in columns and row_values[columns[key]]]


def _names(names):
    return ", ".join(names)


def _slot_label(index):
    weekday, day_part = slot_of_index(index)
    return f"{Weekday(weekday).label.lower()} {DayPart(day_part).label.lower()}"


def _life_area_phrase(rank):
    if rank == 1:
        return _("the participant's most important life area")
    if rank == 2:
        return _("the participant's second most important life area")
    return _("life area number %(rank)s for the participant") % {"rank": rank}


def _line(component, value, text):
    return {"component": component, "points": int(value), "label": f"{text} (+{value})" if value else f"{text} (0)"}


def explain(needs, pool, row, by_component):
    """The reason lines of Tidgiver ``row`` of the pool, in component order; their points add up to the total."""
    lines = []
    got = {name: int(values[row]) for name, values in by_component.items()}
    if "interests" in got:
        shared = _present(needs.interests, pool.interest_columns, pool.interests[row])
        text = _("Shared interests: %(names)s") % {"names": _names(shared)} if shared else _("No shared interests")
        lines.append(_line("interests", got["interests"], text))
    if "competencies" in got:
        lines.append(_line("competencies", got["competencies"], _competency_text(needs, pool, row)))
    if "availability" in got:
        common = [_slot_label(slot) for slot in sorted(needs.slots) if pool.slots[row, slot]]
        text = (
            _("Can meet %(times)s, like the participant") % {"times": _names(common)}
            if common
            else _("No times in common with the participant")
        )
        lines.append(_line("availability", got["availability"], text))
    if "area" in got:
        if pool.municipality[row] == pool.code("municipality", needs.municipality):
            text = _("Lives in the same municipality")
        elif got["area"]:
            text = _("Lives nearby (same postal area)")
        else:
            text = _("Lives in another area")
        lines.append(_line("area", got["area"], text))
    if "language" in got:
        spoken = _present(needs.languages, pool.language_columns, pool.languages[row])
        text = (
            _("Speaks %(languages)s, like the participant") % {"languages": _names(spoken)}
            if spoken
            else _("Speaks none of the participant's languages")
        )
        lines.append(_line("language", got["language"], text))
    if "wishes" in got:
        wishes = _wish_matches(needs, pool)
        met = [label for label, matched in wishes if matched[row]]
        text = (
            _("As the participant would like: %(wishes)s") % {"wishes": _names(met)}
            if met
            else _("Not as the participant would like: %(wishes)s") % {"wishes": _names(w for w, _m in wishes)}
        )
        lines.append(_line("wishes", got["wishes"], text))
    lines.append(_line("load", got["load"], _load_text(pool, row)))
    if got["waiting"]:  # approved, never matched, and waited long enough to earn a point
        days = int(pool.days_approved[row])
        text = _("Has waited %(days)s days for a first match") % {"days": days}
        lines.append(_line("waiting", got["waiting"], text))
    return lines


def _competency_text(needs, pool, row):
    best = None
    for area, rank in sorted(needs.life_area_ranks.items(), key=lambda item: item[1]):
        if (row, area) in pool.competencies:
            best = (area, rank)
            break
    if best is None:
        return _("No competencies for the participant's life areas")
    area, rank = best
    names = [pool.competency_names[i] for i in pool.competencies[(row, area)]]
    return _("Has experience with %(competencies)s, %(life_area)s (%(area)s)") % {
        "competencies": _names(names),
        "life_area": _life_area_phrase(rank),
        "area": LifeArea(area).label.lower(),
    }


def _load_text(pool, row):
    taken, capacity = int(pool.taken[row]), int(pool.capacity[row])
    if taken == 0:
        return _("Has no match now")
    return _("Has %(taken)s of %(capacity)s places in use") % {"taken": taken, "capacity": capacity}
