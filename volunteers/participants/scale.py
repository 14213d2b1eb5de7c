"""seed_scale part: participants with what matching needs (interests, languages, life areas, times, wishes) and
their goals with scores. About a quarter wait for a Tidgiver, half are matched, a quarter have ended; the
matching part then gives the matched and ended ones their matches."""

import datetime

from portal.org.enums import Role
from portal.org.models import Membership
from volunteers.enums import AgeBand, DayPart, Gender, LifeArea, Weekday, WishStrength
from volunteers.models import Interest, Language

from .enums import ParticipantStatus, ScoreOccasion
from .models import Goal, GoalScore, LifeSatisfaction, Participant, ParticipantLifeArea, ParticipantSlot

DISPLAY_NAMES = ["Ali", "Bo", "Caro", "Dina", "Eirik", "Fia", "Geir", "Hanne", "Idun", "Jan", "Kim", "Lene", "Mo",
                 "Nina", "Omar", "Pia", "Rune", "Sol", "Tor", "Una", "Vera", "Yusuf", "Åse", "Øystein"]  # fmt: skip
GOALS = ["Få en fast fritidsaktivitet", "Ha orden på regningene", "Komme i jobb eller praksis", "Finne egen bolig",
         "Bli med i et lag eller en forening", "Ha noen å gå tur med hver uke"]  # fmt: skip
STATUS_SHARES = [(ParticipantStatus.WAITING, 25), (ParticipantStatus.MATCHED, 50), (ParticipantStatus.ENDED, 25)]
CONSENT_VERSION = "2026-1"


def _participant(scale, number, unit, responsible, status):
    rng = scale.rng
    started = scale.days_ago(0, 3 * 365)
    waiting_since = scale.days_ago(0, 120).date() if status == ParticipantStatus.WAITING else None
    must = rng.random() < 0.1
    return Participant(
        unit=unit,
        display_name=rng.choice(DISPLAY_NAMES),
        code=f"SK-{number:05d}",
        responsible=responsible,
        start_date=started.date(),
        status=status,
        status_changed_at=started,
        waiting_since=waiting_since,
        age_band=rng.choice([AgeBand.FROM_18, AgeBand.FROM_30, AgeBand.FROM_45, AgeBand.FROM_60]),
        municipality=unit.municipality if rng.random() < 0.8 else "",
        postal_code=f"{rng.randrange(1000, 9999)}",
        preferred_gender=rng.choice(["", "", "", Gender.WOMAN, Gender.MAN]),
        gender_wish=WishStrength.MUST if must else WishStrength.PREFER,
        preferred_age_band=rng.choice(["", "", "", "", AgeBand.FROM_30, AgeBand.FROM_45]),
        age_wish=WishStrength.PREFER,
        wants_lived_experience=rng.random() < 0.2,
        what_would_help="Noen å gjøre ting sammen med i hverdagen.",
        consent_given_on=started.date(),
        consent_recorded_by=responsible,
        consent_text_version=CONSENT_VERSION,
        created_at=started,
    )


def _needs(scale, participants, interests, languages):
    rng = scale.rng
    slots = [(day, part) for day in Weekday.values for part in DayPart.values]
    norwegian = next((language for language in languages if language.slug == "nb"), None)
    interest_rows, language_rows, area_rows, slot_rows = [], [], [], []
    for participant in participants:
        for interest in rng.sample(interests, min(len(interests), rng.randrange(1, 5))):
            interest_rows.append(Participant.interests.through(participant=participant, interest=interest))
        spoken = {norwegian} if norwegian else set()
        if languages and rng.random() < 0.25:
            spoken.add(rng.choice(languages))
        language_rows += [Participant.languages.through(participant=participant, language=lang) for lang in spoken]
        for rank, area in enumerate(rng.sample(list(LifeArea.values), rng.randrange(2, 6)), start=1):
            area_rows.append(
                ParticipantLifeArea(unit=participant.unit, participant=participant, life_area=area, rank=rank)
            )
        for day, part in rng.sample(slots, rng.randrange(2, 7)):
            slot_rows.append(
                ParticipantSlot(unit=participant.unit, participant=participant, weekday=day, day_part=part)
            )
    scale.bulk(Participant.interests.through, interest_rows, batch_size=5000)
    scale.bulk(Participant.languages.through, language_rows, batch_size=5000)
    scale.bulk(ParticipantLifeArea, area_rows, batch_size=5000)
    scale.bulk(ParticipantSlot, slot_rows, batch_size=5000)
    return len(interest_rows) + len(language_rows) + len(area_rows) + len(slot_rows)


def _goals(scale, participants):
    """One to three goals each, scored at intake and (for those matched or ended) at a later follow-up or closure;
    life satisfaction at intake and later."""
    rng = scale.rng
    goals, later = [], {}
    for participant in participants:
        for number, text in enumerate(rng.sample(GOALS, rng.randrange(1, 4)), start=1):
            goals.append(
                Goal(
                    unit=participant.unit,
                    participant=participant,
                    number=number,
                    text=text,
                    set_on=participant.start_date,
                )
            )
    goals = scale.bulk(Goal, goals, batch_size=5000)
    by_id = {participant.pk: participant for participant in participants}
    scores, satisfaction = [], []
    for goal in goals:
        participant = by_id[goal.participant_id]
        scores.append(
            GoalScore(
                unit=participant.unit,
                participant=participant,
                goal=goal,
                score=rng.choice([-2, -1]),
                occasion=ScoreOccasion.INTAKE,
                scored_on=participant.start_date,
            )
        )
        if participant.status != ParticipantStatus.WAITING:
            occasion = (
                ScoreOccasion.CLOSURE if participant.status == ParticipantStatus.ENDED else ScoreOccasion.FOLLOW_UP
            )
            later[participant.pk] = occasion
            scores.append(
                GoalScore(
                    unit=participant.unit,
                    participant=participant,
                    goal=goal,
                    score=rng.choices([-1, 0, 1, 2], [2, 4, 3, 1])[0],
                    occasion=occasion,
                    scored_on=participant.start_date + datetime.timedelta(days=rng.randrange(60, 400)),
                )
            )
    for participant in participants:
        satisfaction.append(
            LifeSatisfaction(
                unit=participant.unit,
                participant=participant,
                score=rng.randrange(2, 8),
                occasion=ScoreOccasion.INTAKE,
                answered_on=participant.start_date,
            )
        )
        if participant.pk in later:
            satisfaction.append(
                LifeSatisfaction(
                    unit=participant.unit,
                    participant=participant,
                    score=rng.randrange(4, 10),
                    occasion=later[participant.pk],
                    answered_on=participant.start_date + datetime.timedelta(days=90),
                )
            )
    scale.bulk(GoalScore, scores, batch_size=5000)
    scale.bulk(LifeSatisfaction, satisfaction, batch_size=5000)
    return len(goals)


def seed_scale(scale):
    units = scale.units()
    if Participant.objects.filter(unit__in=units).exists():
        scale.log("participants already there")
        return
    rng = scale.rng
    coordinator_of = {
        membership.unit_id: membership.user
        for membership in Membership.objects.filter(unit__in=units, role=Role.COORDINATOR).select_related("user")
    }
    count = scale.count("participants")
    statuses = rng.choices([s for s, _w in STATUS_SHARES], [w for _s, w in STATUS_SHARES], k=count)
    participants = [
        _participant(scale, number, unit, coordinator_of.get(unit.pk), status)
        for number, status in enumerate(statuses, start=1)
        for unit in [units[(number - 1) % len(units)]]
    ]
    participants = scale.bulk(Participant, participants)
    rows = _needs(scale, participants, list(Interest.objects.all()), list(Language.objects.all()))
    goals = _goals(scale, participants)
    scale.log(f"{len(participants)} participants ({rows} interests, languages, life areas, times; {goals} goals)")
