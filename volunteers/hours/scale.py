"""seed_scale part: hour entries over three years (most with a match, some at unit activities) and meetings.

Bulk inserts in chunks, so a million entries take minutes. Amounts of approved entries are those approval
saves (the default rate). Does nothing when the scale units already have hour entries.
"""

import datetime
from decimal import Decimal

from volunteers.matching.models import Match
from volunteers.models import Volunteer

from .domain.unit_settings import activity_kinds
from .enums import EntrySource, EntryState, LifeArea, Measure
from .models import HourEntry, Meeting
from .models.settings import DEFAULT_RATE_PER_KM

CHUNK = 20_000
YEARS_DAYS = 3 * 365
MATCH_SHARE = 0.75
MEASURES = [*Measure.values, ""]
LIFE_AREAS = [*LifeArea.values, ""]


def seed_scale(scale):
    units = scale.units()
    if HourEntry.objects.filter(unit__in=units).exists():
        scale.log("hour entries already there")
        return
    today = scale.now.date()
    volunteers = list(Volunteer.objects.filter(unit__in=units).values_list("pk", "unit_id"))
    if not volunteers:
        scale.log("no Tidgivere to log hours")
        return
    matches = list(
        Match.objects.filter(unit__in=units).values_list("pk", "volunteer_id", "unit_id", "started_on", "closed_on")
    )
    kinds = {unit.pk: [kind.pk for kind in activity_kinds(unit)] for unit in units}
    total = scale.count("hours")
    made = 0
    while made < total:
        size = min(CHUNK, total - made)
        scale.bulk(HourEntry, [_entry(scale, today, volunteers, matches, kinds) for _ in range(size)], batch_size=5000)
        made += size
    scale.log(f"{made} hour entries")
    meetings = _meetings(scale, today, matches, kinds)
    scale.bulk(Meeting, meetings, batch_size=5000)
    scale.log(f"{len(meetings)} meetings and unit events")


def _entry(scale, today, volunteers, matches, kinds):
    rng = scale.rng
    fields = {}
    if matches and rng.random() < MATCH_SHARE:
        match_id, volunteer_id, unit_id, started, closed = rng.choice(matches)
        first, last = started, min(closed or today, today)
        fields["match_id"] = match_id
    else:
        volunteer_id, unit_id = rng.choice(volunteers)
        first, last = today - datetime.timedelta(days=YEARS_DAYS), today
        fields["activity_kind_id"] = rng.choice(kinds[unit_id])
    span = max((last - first).days, 0)
    day = first + datetime.timedelta(days=rng.randint(0, span))
    km = rng.choice((0, 0, 0, 5, 12, 20, 35))
    travel = Decimal(rng.choice((0, 0, 0, 0, 25, 60)))
    state = rng.choices((EntryState.APPROVED, EntryState.SUBMITTED, EntryState.RETURNED), (90, 7, 3))[0]
    at = scale.now - datetime.timedelta(days=(today - day).days)
    entry = HourEntry(
        unit_id=unit_id,
        volunteer_id=volunteer_id,
        date=day,
        quarters=rng.choice((2, 4, 4, 6, 6, 8, 10, 12, 16)),
        measure=rng.choice(MEASURES),
        life_area=rng.choice(LIFE_AREAS),
        km=km,
        travel_costs=travel,
        state=state,
        source=rng.choice((EntrySource.WEB, EntrySource.WEB, EntrySource.SMS)),
        created_at=at,
        state_changed_at=at,
        **fields,
    )
    if state == EntryState.APPROVED:
        entry.approved_at = at + datetime.timedelta(days=2)
        entry.rate_per_km, entry.rate_per_passenger_km = DEFAULT_RATE_PER_KM, Decimal(0)
        entry.mileage_amount = (km * DEFAULT_RATE_PER_KM).quantize(Decimal("0.01"))
        entry.reimbursement = entry.mileage_amount + travel
    return entry


def _meetings(scale, today, matches, kinds):
    rng = scale.rng
    rows = []
    for match_id, volunteer_id, unit_id, started, closed in matches:
        last = min(closed or today + datetime.timedelta(days=30), today + datetime.timedelta(days=30))
        day = started
        while day <= last:
            rows.append(
                Meeting(
                    unit_id=unit_id,
                    volunteer_id=volunteer_id,
                    match_id=match_id,
                    date=day,
                    start_time=datetime.time(rng.choice((10, 12, 17, 18, 19))),
                    place=rng.choice(("Kafé", "Biblioteket", "Treningssenteret", "")),
                )
            )
            day += datetime.timedelta(days=rng.randint(7, 21))
    for unit_id, unit_kinds in kinds.items():
        for month in range(36):
            day = today - datetime.timedelta(days=30 * month)
            rows.extend(
                Meeting(unit_id=unit_id, activity_kind_id=kind, date=day, start_time=datetime.time(18))
                for kind in unit_kinds[:2]
            )
    return rows
