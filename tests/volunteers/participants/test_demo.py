"""seed_demo shows the whole flow: participants with goals in both units, Tidgiver matching profiles, and (once
the demo Tidgivere have passed the training) an active match and an open proposal in each unit."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from training.models import ModuleProgress, TrainingModulePage
from volunteers.matching.enums import MatchState, ProposalState
from volunteers.matching.models import Match, MatchingProfile, Proposal
from volunteers.models import Volunteer
from volunteers.participants.enums import ParticipantStatus, ScoreOccasion
from volunteers.participants.models import GoalScore, Participant

pytestmark = pytest.mark.django_db


def pass_all_training():
    for volunteer in Volunteer.objects.select_related("user"):
        for module in TrainingModulePage.objects.all():
            ModuleProgress.objects.update_or_create(
                user=volunteer.user,
                module=module,
                defaults={"attempt_count": 1, "passed_at": timezone.now(), "passed_version": module.retraining_version},
            )


def test_demo_shows_the_whole_flow():
    """One seeding (it is slow): participants, profiles, then matches and proposals, then idempotency."""
    call_command("seed_demo", stdout=StringIO())

    by_unit = {}
    for participant in Participant.objects.select_related("unit"):
        by_unit.setdefault(participant.unit.slug, []).append(participant.code)
    assert {unit: sorted(codes) for unit, codes in by_unit.items()} == {
        "drammen": ["DR-0001", "DR-0002", "DR-0003"],
        "oslo": ["OS-0001", "OS-0002"],
    }
    for participant in Participant.objects.all():
        assert participant.consent_given_on is not None
        assert participant.life_areas.count() >= 2
        intake = GoalScore.objects.filter(participant=participant, occasion=ScoreOccasion.INTAKE).count()
        assert 1 <= participant.goals.count() == intake <= 3
    assert MatchingProfile.objects.count() == 3

    pass_all_training()
    call_command("seed_matches", stdout=StringIO())  # what seed_demo does once the demo training is passed
    for unit in ("drammen", "oslo"):
        assert list(Match.objects.filter(unit__slug=unit).values_list("state", flat=True)) == [MatchState.ACTIVE]
        sent = Proposal.objects.filter(unit__slug=unit, state=ProposalState.SENT)
        assert sent.count() == 1
    matched = Participant.objects.filter(status=ParticipantStatus.MATCHED).values_list("code", flat=True)
    assert sorted(matched) == ["DR-0001", "OS-0001"]

    call_command("seed_participants", stdout=StringIO())
    call_command("seed_matches", stdout=StringIO())
    assert (Participant.objects.count(), Match.objects.count(), Proposal.objects.count()) == (5, 2, 4)
