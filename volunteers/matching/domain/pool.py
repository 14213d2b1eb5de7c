"""The candidates' matchable data as arrays, loaded in a constant number of queries whatever the pool's size.

Ranking one participant and suggesting for a whole cohort both score thousands of Tidgivere at once; a row
object per Tidgiver and a query per relation would not scale. So the pool is columns (numpy arrays, one entry
per Tidgiver) and boolean matrices (Tidgiver × interest, language, life area, weekly slot), filled from one
query per relation, each limited to the unit (an indexed filter) rather than to a long list of ids.
"""

from dataclasses import dataclass, field

import numpy as np
from django.db.models import Count, Exists, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from volunteers.enums import DayPart, LifeArea, Weekday
from volunteers.models import Competency

from ..enums import CAPACITY_DEFAULT, OPEN_MATCH_STATES, OPEN_PROPOSAL_STATES
from ..models import AvailabilitySlot, Match, MatchingProfile, Proposal

WEEKDAYS = list(Weekday.values)
DAY_PARTS = list(DayPart.values)
LIFE_AREAS = list(LifeArea.values)
LIFE_AREA_COLUMNS = {area: column for column, area in enumerate(LIFE_AREAS)}
SLOT_COLUMNS = {column: column for column in range(len(WEEKDAYS) * len(DayPart.values))}


def slot_index(weekday, day_part):
    """The column of a weekly slot: Monday morning is 0, Sunday evening is 20."""
    return WEEKDAYS.index(weekday) * len(DAY_PARTS) + DAY_PARTS.index(day_part)


def slot_of_index(index):
    return WEEKDAYS[index // len(DAY_PARTS)], DAY_PARTS[index % len(DAY_PARTS)]


def _count(queryset):
    counted = queryset.order_by().values("volunteer").annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


def with_load(queryset):
    """Annotate Tidgivere with ``taken`` (open matches and open proposals), ``capacity`` and ``ever_matched``."""
    return queryset.annotate(
        taken=_count(Match.objects.filter(volunteer=OuterRef("pk"), state__in=OPEN_MATCH_STATES))
        + _count(Proposal.objects.filter(volunteer=OuterRef("pk"), state__in=OPEN_PROPOSAL_STATES)),
        capacity=Coalesce("matching_profile__capacity", Value(CAPACITY_DEFAULT)),
        ever_matched=Exists(Match.objects.filter(volunteer=OuterRef("pk"))),
    )


def area_key(municipality):
    return (municipality or "").strip().casefold()


def postal_area(postal_code):
    """The first two digits of a Norwegian postal code: roughly the same town or district."""
    code = (postal_code or "").strip()
    return code[:2] if len(code) == 4 and code.isdigit() else ""


@dataclass
class Pool:
    """Tidgiver ``i`` of the pool is ``ids[i]``; every array has one entry (or row) per Tidgiver."""

    ids: np.ndarray
    capacity: np.ndarray
    taken: np.ndarray
    ever_matched: np.ndarray
    days_approved: np.ndarray
    municipality: np.ndarray  # area_key of the profile's municipality, as objects ("" when unknown)
    postal_area: np.ndarray
    gender: np.ndarray
    age_band: np.ndarray
    lived_experience: np.ndarray
    interests: np.ndarray  # bool, Tidgiver × interest column (interest_columns)
    languages: np.ndarray
    life_areas: np.ndarray  # bool, Tidgiver × LIFE_AREAS: has a competency for that life area
    slots: np.ndarray  # bool, Tidgiver × 21 weekly slots
    interest_columns: dict = field(default_factory=dict)  # interest id → column
    language_columns: dict = field(default_factory=dict)
    # (Tidgiver index, life area) → competency ids, and every competency's name, to name them in the reasons.
    competencies: dict = field(default_factory=dict)
    competency_names: dict = field(default_factory=dict)

    def __len__(self):
        return len(self.ids)

    def index_of(self, volunteer_id):
        found = np.flatnonzero(self.ids == volunteer_id)
        return int(found[0]) if len(found) else None


def _columns(pairs):
    return {value: column for column, value in enumerate(sorted({value for _owner, value in pairs}))}


def _matrix(rows, index, columns, pairs):
    matrix = np.zeros((rows, len(columns)), dtype=bool)
    for owner, value in pairs:
        row = index.get(owner)
        if row is not None:
            matrix[row, columns[value]] = True
    return matrix


def load_pool(queryset, unit_id, *, today=None):
    """The pool of the Tidgivere in ``queryset`` (hard filters applied, annotated by ``with_load``) in ``unit_id``.

    Six queries: the Tidgivere (with load and profile), their interests, languages, competencies (and the
    competencies' names) and slots.
    """
    today = today or timezone.localdate()
    rows = list(
        queryset.order_by("pk").values_list(
            "pk",
            "capacity",
            "taken",
            "ever_matched",
            "approved_at",
            "matching_profile__municipality",
            "matching_profile__postal_code",
            "matching_profile__gender",
            "matching_profile__age_band",
            "matching_profile__lived_experience",
        )
    )
    count = len(rows)
    index = {row[0]: position for position, row in enumerate(rows)}
    columns = list(zip(*rows, strict=True)) if rows else [()] * 10
    approved = [timezone.localdate(at) if at else today for at in columns[4]]
    profile_rows = MatchingProfile.objects.filter(unit_id=unit_id)
    interest_pairs = list(
        MatchingProfile.interests.through.objects.filter(matchingprofile__in=profile_rows).values_list(
            "matchingprofile__volunteer_id", "interest_id"
        )
    )
    language_pairs = list(
        MatchingProfile.languages.through.objects.filter(matchingprofile__in=profile_rows).values_list(
            "matchingprofile__volunteer_id", "language_id"
        )
    )
    competency_rows = list(
        MatchingProfile.competencies.through.objects.filter(matchingprofile__in=profile_rows)
        .exclude(competency__life_area="")
        .values_list("matchingprofile__volunteer_id", "competency__life_area", "competency_id")
    )
    slot_pairs = [
        (volunteer_id, slot_index(weekday, day_part))
        for volunteer_id, weekday, day_part in AvailabilitySlot.objects.filter(unit_id=unit_id).values_list(
            "volunteer_id", "weekday", "day_part"
        )
    ]
    interest_columns, language_columns = _columns(interest_pairs), _columns(language_pairs)
    competencies = {}
    for volunteer_id, life_area, competency_id in competency_rows:
        if volunteer_id in index:
            competencies.setdefault((index[volunteer_id], life_area), []).append(competency_id)
    return Pool(
        ids=np.array(columns[0], dtype=np.int64),
        capacity=np.array(columns[1], dtype=np.int64),
        taken=np.array(columns[2], dtype=np.int64),
        ever_matched=np.array(columns[3], dtype=bool),
        days_approved=np.array([(today - day).days for day in approved], dtype=np.int64),
        municipality=np.array([area_key(value) for value in columns[5]], dtype=object),
        postal_area=np.array([postal_area(value) for value in columns[6]], dtype=object),
        gender=np.array([value or "" for value in columns[7]], dtype=object),
        age_band=np.array([value or "" for value in columns[8]], dtype=object),
        lived_experience=np.array([bool(value) for value in columns[9]], dtype=bool),
        interests=_matrix(count, index, interest_columns, interest_pairs),
        languages=_matrix(count, index, language_columns, language_pairs),
        life_areas=_matrix(count, index, LIFE_AREA_COLUMNS, [(v, area) for v, area, _c in competency_rows]),
        slots=_matrix(count, index, SLOT_COLUMNS, slot_pairs),
        interest_columns=interest_columns,
        language_columns=language_columns,
        competencies=competencies,
        competency_names={competency.pk: str(competency) for competency in Competency.objects.all()},
    )
