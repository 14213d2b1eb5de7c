"""seed_scale part: every Tidgiver's matching profile and weekly availability, then matches over three years
(each from a proposal that became a match), follow-ups, declined proposals and a few open ones.

Matched participants get one open match (and maybe older closed ones), ended participants only closed ones,
waiting participants at most an older closed one; the rest of the matches are spread as earlier, closed ones.
"""

import datetime

from portal.org.enums import Role
from portal.org.models import Membership
from volunteers.enums import AgeBand, DayPart, Gender, VolunteerStatus, Weekday
from volunteers.models import Competency, Interest, Language, Volunteer
from volunteers.participants.enums import ParticipantStatus
from volunteers.participants.models import Participant

from .enums import ClosureReason, FollowUpWith, MatchState, ProposalState, Rematch
from .models import AvailabilitySlot, FollowUp, Match, MatchingProfile, Proposal

CAPACITY_SHARES = ([1, 2, 3], [80, 15, 5])
REMATCH_SHARES = ([Rematch.YES, Rematch.NO_LOW_ENGAGEMENT, Rematch.NO_SAFETY], [93, 5, 2])
SLOTS = [(day, part) for day in Weekday.values for part in DayPart.values]


def _profile(scale, volunteer):
    rng = scale.rng
    paused = rng.random() < 0.05
    return MatchingProfile(
        unit_id=volunteer.unit_id,
        volunteer=volunteer,
        capacity=rng.choices(*CAPACITY_SHARES)[0],
        paused=paused,
        paused_until=(scale.now + datetime.timedelta(days=rng.randrange(5, 90))).date() if paused else None,
        municipality=volunteer.unit.municipality if rng.random() < 0.7 else "",
        postal_code=f"{rng.randrange(1000, 9999)}",
        gender=rng.choice([Gender.WOMAN, Gender.WOMAN, Gender.MAN, Gender.MAN, ""]),
        age_band=rng.choice([AgeBand.FROM_18, AgeBand.FROM_30, AgeBand.FROM_45, AgeBand.FROM_60]),
        lived_experience=rng.choice([True, False, None, None]),
    )


def _profiles(scale, volunteers):
    rng = scale.rng
    profiles = scale.bulk(MatchingProfile, [_profile(scale, volunteer) for volunteer in volunteers])
    interests = {interest.slug: interest for interest in Interest.objects.all()}
    competencies, languages = list(Competency.objects.all()), list(Language.objects.all())
    norwegian = next((language for language in languages if language.slug == "nb"), None)
    interest_rows, competency_rows, language_rows, slot_rows = [], [], [], []
    through = MatchingProfile.interests.through, MatchingProfile.competencies.through, MatchingProfile.languages.through
    for profile, volunteer in zip(profiles, volunteers, strict=True):
        chosen = [interests[slug] for slug in volunteer.interests if slug in interests]
        interest_rows += [through[0](matchingprofile=profile, interest=interest) for interest in chosen]
        if competencies:
            picked = rng.sample(competencies, rng.choice([0, 1, 1, 2]))
            competency_rows += [through[1](matchingprofile=profile, competency=c) for c in picked]
        spoken = {norwegian} if norwegian else set()
        if languages and rng.random() < 0.3:
            spoken.add(rng.choice(languages))
        language_rows += [through[2](matchingprofile=profile, language=language) for language in spoken]
        slot_rows += [
            AvailabilitySlot(unit_id=volunteer.unit_id, volunteer=volunteer, weekday=day, day_part=part)
            for day, part in rng.sample(SLOTS, rng.randrange(2, 7))
        ]
    for model, rows in zip(through, (interest_rows, competency_rows, language_rows), strict=True):
        scale.bulk(model, rows, batch_size=5000)
    scale.bulk(AvailabilitySlot, slot_rows, batch_size=5000)
    return profiles, len(slot_rows)


class _Planner:
    """Picks Tidgivere of the participant's unit for matches, keeping open matches within capacity."""

    def __init__(self, scale, volunteers, profiles):
        self.rng = scale.rng
        self.by_unit, self.free = {}, {}
        for volunteer, profile in zip(volunteers, profiles, strict=True):
            self.by_unit.setdefault(volunteer.unit_id, []).append(volunteer)
            if volunteer.status == VolunteerStatus.ACTIVE and not profile.paused:
                self.free[volunteer.pk] = profile.capacity
        self.numbers = {}

    def any_volunteer(self, unit_id):
        return self.rng.choice(self.by_unit[unit_id])

    def free_volunteer(self, unit_id):
        for _attempt in range(50):
            volunteer = self.rng.choice(self.by_unit[unit_id])
            if self.free.get(volunteer.pk, 0) > 0:
                self.free[volunteer.pk] -= 1
                return volunteer
        return None

    def number(self, volunteer):
        self.numbers[volunteer.pk] = self.numbers.get(volunteer.pk, 0) + 1
        return self.numbers[volunteer.pk]


def _proposal(scale, planner, participant, volunteer, state, sent_at, coordinator_id):
    answered = state in (ProposalState.ACCEPTED, ProposalState.DECLINED, ProposalState.MATCHED)
    return Proposal(
        unit_id=participant.unit_id,
        participant=participant,
        volunteer=volunteer,
        number=planner.number(volunteer),
        state=state,
        sent_at=sent_at,
        deadline=sent_at + datetime.timedelta(days=7),
        answered_at=sent_at + datetime.timedelta(days=2) if answered else None,
        answer_source="sms" if answered else "",
        score=scale.rng.randrange(20, 120),
        reasons=[],
        rank=scale.rng.choice([1, 1, 1, 2, 3]),
        proposed_by_id=coordinator_id,
    )


def _plan(scale, planner, participants):
    """(participant, volunteer, open?, start) for every match, most recent last."""
    rng, total = scale.rng, scale.count("matches")
    plan = []
    for participant in participants:
        if participant.status == ParticipantStatus.MATCHED:
            volunteer = planner.free_volunteer(participant.unit_id)
            if volunteer is not None:
                plan.append((participant, volunteer, True, scale.days_ago(14, 360)))
    closed_for = [p for p in participants if p.status != ParticipantStatus.WAITING or rng.random() < 0.3]
    while len(plan) < total and closed_for:
        participant = rng.choice(closed_for)
        plan.append((participant, planner.any_volunteer(participant.unit_id), False, scale.days_ago(120, 3 * 365)))
    return plan


def _matches(scale, planner, participants, coordinators):
    rng = scale.rng
    plan = _plan(scale, planner, participants)
    proposals = [
        _proposal(
            scale, planner, p, v, ProposalState.MATCHED, start - datetime.timedelta(days=5), coordinators[p.unit_id]
        )
        for p, v, _open, start in plan
    ]
    proposals = scale.bulk(Proposal, proposals)
    matches = []
    for (participant, volunteer, is_open, start), proposal in zip(plan, proposals, strict=True):
        closed_on = None if is_open else min(start + datetime.timedelta(days=rng.randrange(30, 540)), scale.now)
        matches.append(
            Match(
                unit_id=participant.unit_id,
                participant=participant,
                volunteer=volunteer,
                proposal=proposal,
                state=MatchState.ACTIVE if is_open else MatchState.CLOSED,
                measure=rng.choice(["activity", "follow_up", "network"]),
                started_on=start.date(),
                first_meeting_on=(start + datetime.timedelta(days=rng.randrange(3, 14))).date(),
                closed_on=closed_on.date() if closed_on else None,
                closure_reason="" if is_open else rng.choice(list(ClosureReason.values)),
                rematch="" if is_open else rng.choices(*REMATCH_SHARES)[0],
            )
        )
    return scale.bulk(Match, matches)


def _follow_ups(scale, matches, coordinators):
    """After 2 and 6 weeks, then every 3 months: held up to today (or the closure), the next one pending."""
    rng, today, rows = scale.rng, scale.now.date(), []
    for match in matches:
        offset = 14
        while True:
            due = match.started_on + datetime.timedelta(days=offset)
            if match.closed_on is not None and due > match.closed_on:
                break
            held = match.closed_on is not None or due < today
            rows.append(
                FollowUp(
                    unit_id=match.unit_id,
                    match=match,
                    due_on=due,
                    done_on=due + datetime.timedelta(days=rng.randrange(0, 7)) if held else None,
                    with_whom=rng.choice(list(FollowUpWith.values)) if held else "",
                    rating=rng.randrange(2, 6) if held else None,
                    recorded_by_id=coordinators[match.unit_id] if held else None,
                )
            )
            if not held:
                break
            offset = 42 if offset == 14 else offset + 90
    scale.bulk(FollowUp, rows, batch_size=5000)
    return len(rows)


def _other_proposals(scale, planner, participants, coordinators):
    """Declined proposals (that pair is never proposed again) and open ones for some waiting participants."""
    rng, rows = scale.rng, []
    for participant in participants:
        if rng.random() < 0.2:
            volunteer = planner.any_volunteer(participant.unit_id)
            sent_at = scale.days_ago(30, 3 * 365)
            coordinator = coordinators[participant.unit_id]
            rows.append(_proposal(scale, planner, participant, volunteer, ProposalState.DECLINED, sent_at, coordinator))
    waiting = [p for p in participants if p.status == ParticipantStatus.WAITING]
    for participant in rng.sample(waiting, len(waiting) // 5):
        volunteer = planner.free_volunteer(participant.unit_id)
        if volunteer is not None:
            sent_at, coordinator = scale.days_ago(0, 5), coordinators[participant.unit_id]
            rows.append(_proposal(scale, planner, participant, volunteer, ProposalState.SENT, sent_at, coordinator))
    scale.bulk(Proposal, rows)
    return len(rows)


def seed_scale(scale):
    units = scale.units()
    if MatchingProfile.objects.filter(unit__in=units).exists():
        scale.log("matching profiles already there")
        return
    volunteers = list(Volunteer.objects.filter(unit__in=units).select_related("unit").order_by("pk"))
    profiles, slots = _profiles(scale, volunteers)
    participants = list(Participant.objects.filter(unit__in=units).order_by("pk"))
    coordinators = dict.fromkeys(unit.pk for unit in units)
    for unit_id, user_id in Membership.objects.filter(unit__in=units, role=Role.COORDINATOR).values_list(
        "unit_id", "user_id"
    ):
        coordinators[unit_id] = user_id
    planner = _Planner(scale, volunteers, profiles)
    matches = _matches(scale, planner, participants, coordinators)
    follow_ups = _follow_ups(scale, matches, coordinators)
    others = _other_proposals(scale, planner, participants, coordinators)
    scale.log(
        f"{len(profiles)} matching profiles, {slots} availability slots, {len(matches)} matches, "
        f"{follow_ups} follow-ups, {others} other proposals"
    )
