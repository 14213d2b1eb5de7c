"""The candidates' matchable data as arrays, loaded in a constant number of queries whatever the pool's size.

Ranking one participant and suggesting for a whole cohort both score thousands of Tidgivere at once; a row
object per Tidgiver and a query per relation would not scale. So the pool is columns (numpy arrays, one entry
per Tidgiver) and boolean matrices (Tidgiver × interest, language, life area, weekly slot), filled from one
query per relation, each limited to the unit (an indexed filter) rather than to a long list of ids.
"""

import datetime
import operator
from collections import Counter
from dataclasses import dataclass, field
from functools import reduce

import numpy as np
from django.db.models import Count, F, IntegerField, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from volunteers.enums import DayPart, LifeArea, Weekday
from volunteers.models import Competency, Volunteer

from ..enums import CAPACITY_DEFAULT, OPEN_MATCH_STATES, OPEN_PROPOSAL_STATES
from ..models import AvailabilitySlot, Match, MatchingProfile, Proposal

WEEKDAYS = list(Weekday.values)
DAY_PARTS = list(DayPart.values)
LIFE_AREAS = list(LifeArea.values)
LIFE_AREA_COLUMNS = {area: column for column, area in enumerate(LIFE_AREAS)}
SLOT_COLUMNS = {column: column for column in range(len(WEEKDAYS) * len(DayPart.values))}


_SLOT_COLUMN = {
    (weekday, day_part): day * len(DAY_PARTS) + part
    for day, weekday in enumerate(WEEKDAYS)
    for part, day_part in enumerate(DAY_PARTS)
}


def slot_index(weekday, day_part):
    """The column of a weekly slot: Monday morning is 0, Sunday evening is 20."""
    return _SLOT_COLUMN[(weekday, day_part)]


def slot_of_index(index):
    return WEEKDAYS[index // len(DAY_PARTS)], DAY_PARTS[index % len(DAY_PARTS)]


def _count(queryset):
    counted = queryset.order_by().values("volunteer").annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


def _open_matches(unit_id):
    return Match.objects.filter(unit_id=unit_id, state__in=OPEN_MATCH_STATES)


def _open_proposals(unit_id):
    return Proposal.objects.filter(unit_id=unit_id, state__in=OPEN_PROPOSAL_STATES)


def under_capacity_q(unit_id):
    """Tidgivere of the unit with room for another match: open matches plus open proposals (a yes would become a
    match) below the profile's capacity (1 without a profile). One uncorrelated subquery over the few busy ones."""
    busy = Q(pk__in=_open_matches(unit_id).values("volunteer")) | Q(pk__in=_open_proposals(unit_id).values("volunteer"))
    full = (
        Volunteer.objects.filter(unit_id=unit_id)
        .filter(busy)
        .annotate(
            taken=_count(Match.objects.filter(volunteer=OuterRef("pk"), state__in=OPEN_MATCH_STATES))
            + _count(Proposal.objects.filter(volunteer=OuterRef("pk"), state__in=OPEN_PROPOSAL_STATES)),
            places=Coalesce("matching_profile__capacity", Value(CAPACITY_DEFAULT)),
        )
        .filter(taken__gte=F("places"))
        .values("pk")
    )
    return ~Q(pk__in=full)


def _load(unit_id):
    """{volunteer id: places taken} and the ids of everyone ever matched, for the unit (two small queries: the
    unit's matches grouped by Tidgiver give both the open ones and who was ever matched)."""
    matches = (
        Match.objects.filter(unit_id=unit_id)
        .order_by()
        .values_list("volunteer")
        .annotate(open=Count("pk", filter=Q(state__in=OPEN_MATCH_STATES)))
    )
    taken, ever = Counter(), set()
    for volunteer_id, open_matches in matches:
        ever.add(volunteer_id)
        if open_matches:
            taken[volunteer_id] = open_matches
    taken.update(dict(_open_proposals(unit_id).order_by().values_list("volunteer").annotate(n=Count("pk"))))
    return taken, ever


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
    # Text values as integer codes (``codes[name]``: value → code; -1 where unknown), so comparing is fast.
    municipality: np.ndarray  # area_key of the profile's municipality
    postal_area: np.ndarray
    gender: np.ndarray
    age_band: np.ndarray
    lived_experience: np.ndarray
    # 0/1 matrices (float32, so "how many shared" is one matrix-vector product):
    interests: np.ndarray  # Tidgiver × interest column (interest_columns)
    languages: np.ndarray
    life_areas: np.ndarray  # Tidgiver × LIFE_AREAS: has a competency for that life area
    slots: np.ndarray  # Tidgiver × 21 weekly slots
    interest_columns: dict = field(default_factory=dict)  # interest id → column
    language_columns: dict = field(default_factory=dict)
    # (Tidgiver index, life area) → competency ids, and every competency's name, to name them in the reasons.
    competencies: dict = field(default_factory=dict)
    competency_names: dict = field(default_factory=dict)
    codes: dict = field(default_factory=dict)

    def __len__(self):
        return len(self.ids)

    def code(self, name, value):
        """The code of ``value`` in text column ``name``; -2 (matches nobody) for an empty or unseen value."""
        return self.codes[name].get(value, -2) if value else -2

    def equals(self, name, value):
        """A bool per Tidgiver: is text column ``name`` equal to ``value`` (never for an empty value)?"""
        return getattr(self, name) == self.code(name, value)

    def index_of(self, volunteer_id):
        found = np.flatnonzero(self.ids == volunteer_id)
        return int(found[0]) if len(found) else None


def _columns(pairs):
    return {value: column for column, value in enumerate(sorted({value for _owner, value in pairs}))}


def _matrix(ids, columns, pairs):
    """A 0/1 matrix: row of each (Tidgiver id, value) pair's owner in ``ids`` (sorted), column ``columns[value]``;
    pairs of Tidgivere not in the pool are left out."""
    matrix = np.zeros((len(ids), len(columns)), dtype=np.float32)
    if not pairs or not len(ids):
        return matrix
    owners = np.fromiter((owner for owner, _value in pairs), dtype=np.int64, count=len(pairs))
    values = np.fromiter((columns[value] for _owner, value in pairs), dtype=np.int64, count=len(pairs))
    rows = np.minimum(np.searchsorted(ids, owners), len(ids) - 1)
    present = ids[rows] == owners
    matrix[rows[present], values[present]] = 1.0
    return matrix


def _coded(values, key=None):
    """Integer codes for text values, each first passed through ``key`` ("" is -1), and the value → code dict.

    ``key`` runs once per distinct value (a few dozen), not once per Tidgiver.
    """
    codes, code_of = {}, {}
    for value in set(values):
        keyed = key(value) if key else value
        code_of[value] = codes.setdefault(keyed, len(codes)) if keyed else -1
    return np.fromiter((code_of[value] for value in values), dtype=np.int32, count=len(values)), codes


def _days_since(moments, today):
    """Whole days from each moment's local date to ``today`` (vectorised: 10,000 timezone conversions are slow)."""
    start_of_today = timezone.make_aware(datetime.datetime.combine(today, datetime.time.min)).timestamp()
    stamps = np.array([moment.timestamp() if moment else start_of_today for moment in moments], dtype=float)
    return np.ceil((start_of_today - stamps) / 86400).astype(np.int64)


def _per_row(ids, counts):
    """The count of each row's Tidgiver in ``counts`` ({id: n}, a few hundred), 0 for the rest."""
    result = np.zeros(len(ids), dtype=np.int64)
    if counts and len(ids):
        owners = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
        rows = np.minimum(np.searchsorted(ids, owners), len(ids) - 1)
        present = ids[rows] == owners
        result[rows[present]] = np.fromiter(counts.values(), dtype=np.int64, count=len(counts))[present]
    return result


def _related(queryset, field, values):
    """Rows of an M2M or slot table, only for ``values`` when given (one participant needs only their own)."""
    queryset = queryset.order_by()  # no default ordering: it would join the Tidgiver's name for nothing
    return queryset if values is None else queryset.filter(**{f"{field}__in": list(values)})


def load_pool(queryset, unit_id, *, needs=None, today=None):
    """The pool of the Tidgivere in ``queryset`` (hard filters applied) in ``unit_id``.

    With ``needs`` (one participant's) only their interests, languages, life areas and slots are loaded. Eight
    queries: the Tidgivere with their profile, places taken, ever matched, interests, languages, competencies
    (and their names) and slots.
    """
    today = today or timezone.localdate()
    rows = list(
        queryset.annotate(places=Coalesce("matching_profile__capacity", Value(CAPACITY_DEFAULT)))
        .order_by("pk")
        .values_list(
            "pk",
            "places",
            "approved_at",
            "matching_profile__municipality",
            "matching_profile__postal_code",
            "matching_profile__gender",
            "matching_profile__age_band",
            "matching_profile__lived_experience",
        )
    )
    index = {row[0]: position for position, row in enumerate(rows)}
    columns = list(zip(*rows, strict=True)) if rows else [()] * 8
    taken, ever_matched = _load(unit_id)
    interest_pairs = list(
        _related(
            MatchingProfile.interests.through.objects.filter(matchingprofile__unit_id=unit_id),
            "interest_id",
            None if needs is None else needs.interests,
        ).values_list("matchingprofile__volunteer_id", "interest_id")
    )
    language_pairs = list(
        _related(
            MatchingProfile.languages.through.objects.filter(matchingprofile__unit_id=unit_id),
            "language_id",
            None if needs is None else needs.languages,
        ).values_list("matchingprofile__volunteer_id", "language_id")
    )
    competency_rows = list(
        _related(
            MatchingProfile.competencies.through.objects.filter(matchingprofile__unit_id=unit_id).exclude(
                competency__life_area=""
            ),
            "competency__life_area",
            None if needs is None else needs.life_area_ranks,
        ).values_list("matchingprofile__volunteer_id", "competency__life_area", "competency_id")
    )
    slots = AvailabilitySlot.objects.filter(unit_id=unit_id).order_by()  # the default ordering joins the names
    if needs is not None:
        wanted = [Q(weekday=day, day_part=part) for day, part in map(slot_of_index, needs.slots)]
        slots = slots.filter(reduce(operator.or_, wanted)) if wanted else slots.none()
    slot_pairs = [
        (volunteer_id, slot_index(weekday, day_part))
        for volunteer_id, weekday, day_part in slots.values_list("volunteer_id", "weekday", "day_part")
    ]
    interest_columns, language_columns = _columns(interest_pairs), _columns(language_pairs)
    competencies = {}
    for volunteer_id, life_area, competency_id in competency_rows:
        if volunteer_id in index:
            competencies.setdefault((index[volunteer_id], life_area), []).append(competency_id)
    codes = {}
    municipality, codes["municipality"] = _coded(columns[3], area_key)
    postal, codes["postal_area"] = _coded(columns[4], postal_area)
    gender, codes["gender"] = _coded(columns[5])
    age_band, codes["age_band"] = _coded(columns[6])
    ids = np.array(columns[0], dtype=np.int64)  # ascending: the rows are ordered by pk
    return Pool(
        ids=ids,
        capacity=np.array(columns[1], dtype=np.int64),
        taken=_per_row(ids, taken),
        ever_matched=np.isin(ids, np.fromiter(ever_matched, dtype=np.int64, count=len(ever_matched))),
        days_approved=_days_since(columns[2], today),
        municipality=municipality,
        postal_area=postal,
        gender=gender,
        age_band=age_band,
        lived_experience=np.array([bool(value) for value in columns[7]], dtype=bool),
        interests=_matrix(ids, interest_columns, interest_pairs),
        languages=_matrix(ids, language_columns, language_pairs),
        life_areas=_matrix(ids, LIFE_AREA_COLUMNS, [(v, area) for v, area, _c in competency_rows]),
        slots=_matrix(ids, SLOT_COLUMNS, slot_pairs),
        interest_columns=interest_columns,
        language_columns=language_columns,
        competencies=competencies,
        competency_names={competency.pk: str(competency) for competency in Competency.objects.all()},
        codes=codes,
    )
