"""Demo matching for `seed_matches` (part of seed_demo, after the participants): in each demo unit the
Tidgivere get a matching profile, one participant gets an active match and another an open proposal, so
`make run` shows the whole flow from a waiting participant to a match.
"""

from django.utils import timezone

from portal.org.enums import Role
from portal.org.models import Membership, Unit
from volunteers.enums import DayPart, Measure, VolunteerStatus, Weekday
from volunteers.models import Competency, Interest, Language, Volunteer
from volunteers.participants.models import Participant

from .domain import matches, profiles, proposals
from .domain.errors import Blocked
from .enums import AnswerSource
from .models import Match, Proposal

D = DayPart
# Per demo Tidgiver (by e-mail): capacity, slots, interests, competencies.
PROFILES = {
    "tidgiver@example.org": (
        1,
        [(Weekday.TUESDAY, D.EVENING), (Weekday.THURSDAY, D.EVENING), (Weekday.SATURDAY, D.AFTERNOON)],
        ["sport_outdoor", "culture"],
        ["sport_activity", "clubs_network"],
    ),
    "tidgiver2@example.org": (
        2,
        [(Weekday.MONDAY, D.MORNING), (Weekday.WEDNESDAY, D.AFTERNOON), (Weekday.WEDNESDAY, D.EVENING)],
        ["personal_finance", "housing_home", "work_school"],
        ["personal_finance", "public_offices", "job_experience"],
    ),
    "tidgiver3@example.org": (
        2,
        [(Weekday.FRIDAY, D.AFTERNOON), (Weekday.SATURDAY, D.MORNING), (Weekday.TUESDAY, D.MORNING)],
        ["culture", "theme_evenings", "housing_home"],
        ["culture_music", "housing"],
    ),
}
# (unit, participant code, Tidgiver e-mail, what happens): "match" = proposed, yes, activated; "proposal" = sent.
PAIRS = [
    ("drammen", "DR-0001", "tidgiver@example.org", "match"),
    ("drammen", "DR-0002", "tidgiver2@example.org", "proposal"),
    ("oslo", "OS-0001", "tidgiver3@example.org", "match"),
    ("oslo", "OS-0002", "tidgiver3@example.org", "proposal"),
]


def seed():
    seeded_profiles = seed_profiles()
    made = [seed_pair(*pair) for pair in PAIRS]
    return {"profiles": seeded_profiles, "pairs": [pair for pair in made if pair is not None]}


def seed_profiles():
    done = []
    for email, (capacity, slots, interests, competencies) in PROFILES.items():
        for volunteer in Volunteer.objects.filter(user__email=email, status=VolunteerStatus.ACTIVE):
            profiles.update_profile(
                volunteer,
                values={"capacity": capacity, "municipality": volunteer.unit.municipality},
                interests=Interest.objects.filter(slug__in=interests),
                competencies=Competency.objects.filter(slug__in=competencies),
                languages=Language.objects.filter(slug="nb"),
                slots=slots,
            )
            done.append(volunteer)
    return done


def seed_pair(unit_slug, code, email, outcome):
    participant = Participant.objects.filter(unit__slug=unit_slug, code=code).first()
    volunteer = Volunteer.objects.filter(unit__slug=unit_slug, user__email=email).select_related("user").first()
    if participant is None or volunteer is None or Proposal.objects.filter(participant=participant).exists():
        return None
    coordinator = _coordinator(participant.unit_id)
    try:
        proposal = proposals.propose(participant, volunteer, coordinator, rank=1)
    except Blocked:  # e.g. the demo Tidgiver has not passed the training (seed_volunteers decides)
        return None
    if outcome != "match":
        return proposal
    proposals.answer(proposal, True, volunteer.user, source=AnswerSource.MIN_SIDE)
    return matches.activate(
        proposal,
        coordinator,
        started_on=timezone.localdate(),
        shared_with_tidgiver=f"{participant.display_name} liker å være ute og vil gjerne møte nye folk.",
        measure=Measure.ACTIVITY,
    )


def _coordinator(unit_id):
    membership = Membership.objects.filter(unit_id=unit_id, role=Role.COORDINATOR).select_related("user").first()
    return membership.user if membership else None


def counts():
    units = Unit.objects.filter(slug__in={pair[0] for pair in PAIRS})
    return {
        "matches": Match.objects.filter(unit__in=units).count(),
        "proposals": Proposal.objects.filter(unit__in=units).count(),
    }
