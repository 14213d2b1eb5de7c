"""Demo participants for `seed_participants` (part of seed_demo): waiting deltakere with goals in both units.

Pseudonyms only, no free text that could be real; every record has consent, prioritised life areas, interests,
times that suit, 1–3 goals scored at intake and life satisfaction.
"""

import datetime

from django.utils import timezone

from portal.org.enums import Role
from portal.org.models import Membership, Unit
from volunteers.enums import DayPart, LifeArea, Weekday
from volunteers.models import Interest, Language

from .domain import records
from .enums import CONSENT_TEXT_VERSION
from .models import Participant

A, N, W, M, L = LifeArea.HOUSING, LifeArea.NETWORK, LifeArea.WORK_SCHOOL, LifeArea.MONEY, LifeArea.LEISURE
D = DayPart

# (unit, display name, code, days waiting, life areas, interests, languages, slots, what would help,
#  [(goal, intake score)], life satisfaction)
PARTICIPANTS = [
    (
        "drammen",
        "Anders",
        "DR-0001",
        12,
        [N, L, W],
        ["sport_outdoor", "culture"],
        ["nb"],
        [(Weekday.TUESDAY, D.EVENING), (Weekday.THURSDAY, D.EVENING), (Weekday.SATURDAY, D.AFTERNOON)],
        "Noen å gå på fotballkamp og tur med.",
        [("Gå på en aktivitet sammen med andre hver uke", -1), ("Bli med i et lag eller en forening", -2)],
        4,
    ),
    (
        "drammen",
        "Line",
        "DR-0002",
        5,
        [M, A],
        ["personal_finance", "housing_home"],
        ["nb", "en"],
        [(Weekday.MONDAY, D.MORNING), (Weekday.WEDNESDAY, D.AFTERNOON)],
        "Hjelp til å lage et budsjett og åpne posten sammen.",
        [("Ha oversikt over regningene hver måned", -1)],
        5,
    ),
    (
        "drammen",
        "Sam",
        "DR-0003",
        41,
        [W, N, L],
        ["work_school", "network_clubs"],
        ["nb"],
        [(Weekday.WEDNESDAY, D.EVENING), (Weekday.SUNDAY, D.AFTERNOON)],
        "En å øve til jobbintervju med.",
        [("Komme i arbeidspraksis", -2), ("Møte nye folk utenom rusmiljøet", -1), ("Trene fast", 0)],
        3,
    ),
    (
        "oslo",
        "Mira",
        "OS-0001",
        9,
        [L, N],
        ["culture", "theme_evenings"],
        ["nb", "ar"],
        [(Weekday.FRIDAY, D.AFTERNOON), (Weekday.SATURDAY, D.MORNING)],
        "Noen å gå på kino og konserter med.",
        [("Finne en hobby jeg liker", -1), ("Gå på temakveld en gang i måneden", -2)],
        5,
    ),
    (
        "oslo",
        "Kim",
        "OS-0002",
        20,
        [A, M],
        ["housing_home", "personal_finance"],
        ["nb"],
        [(Weekday.TUESDAY, D.MORNING), (Weekday.THURSDAY, D.AFTERNOON)],
        "Følge til visninger og hjelp med innflytting.",
        [("Flytte inn i egen leilighet", -1)],
        4,
    ),
]


def seed(today=None):
    """Creates the demo participants that are missing (by code). Returns the new ones."""
    today = today or timezone.localdate()
    created = []
    for (
        unit_slug,
        name,
        code,
        waited,
        areas,
        interests,
        languages,
        slots,
        help_text,
        goals,
        satisfaction,
    ) in PARTICIPANTS:
        unit = Unit.objects.filter(slug=unit_slug).first()
        if unit is None or Participant.objects.filter(unit=unit, code=code).exists():
            continue
        coordinator = Membership.objects.filter(unit=unit, role=Role.COORDINATOR).select_related("user").first()
        actor = coordinator.user if coordinator else None
        start = today - datetime.timedelta(days=waited)
        participant = records.register(
            unit,
            actor=actor,
            values={
                "display_name": name,
                "code": code,
                "responsible": actor,
                "start_date": start,
                "municipality": unit.municipality,
                "what_would_help": help_text,
                "consent_given_on": start,
                "consent_text_version": CONSENT_TEXT_VERSION,
            },
            interests=Interest.objects.filter(slug__in=interests),
            languages=Language.objects.filter(slug__in=languages),
            life_areas=areas,
            slots=slots,
            goals=goals,
            life_satisfaction=satisfaction,
        )
        Participant.objects.filter(pk=participant.pk).update(waiting_since=start)
        created.append(participant)
    return created
