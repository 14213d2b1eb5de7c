"""The matching back office: proposals, the match board, the match page's actions, the worklist, the home panel."""

import datetime
import re

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests import factories
from tests.volunteers.worklist import worklist
from volunteers.matching.enums import ProposalState
from volunteers.matching.models import FollowUp, Match, Proposal
from volunteers.participants.models import Goal, GoalScore

from .conftest import make_match, make_proposal


def _queries(client, url):
    client.get(url)  # warm caches that fill once (site settings, navigation)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def _pairs(unit, count, maker, **kwargs):
    for _ in range(count):
        maker(factories.make_participant(unit), factories.make_volunteer(unit), **kwargs)


def test_proposals_listing_shows_own_unit_only(staff_client, participant, volunteer, other_unit):
    make_proposal(participant, volunteer)
    make_proposal(factories.make_participant(other_unit, display_name="Utenfor"), factories.make_volunteer(other_unit))

    text = staff_client.get("/admin/proposals/").text

    assert "Ali" in text
    assert "Utenfor" not in text


def test_proposals_listing_query_count_is_the_same_for_one_and_many(staff_client, unit):
    _pairs(unit, 1, make_proposal)
    one = _queries(staff_client, "/admin/proposals/")
    _pairs(unit, 20, make_proposal)

    assert _queries(staff_client, "/admin/proposals/") == one


def test_proposals_export_has_no_free_text(staff_client, participant, volunteer):
    proposal = make_proposal(participant, volunteer, state=ProposalState.DECLINED)
    proposal.decline_reason = "Privat grunn"
    proposal.override_reason = "Kjenner familien"
    proposal.save()

    csv = b"".join(staff_client.get("/admin/proposals/?export=csv").streaming_content).decode()

    assert participant.code in csv
    assert "Privat grunn" not in csv
    assert "Kjenner familien" not in csv
    assert "Ali" not in csv  # the code, not the name, identifies the participant in a file that may travel


def test_proposals_export_neutralises_a_formula_in_a_name(staff_client, unit, participant):
    volunteer = factories.make_volunteer(unit, first_name="=HYPERLINK(1)")
    make_proposal(participant, volunteer)

    csv = b"".join(staff_client.get("/admin/proposals/?export=csv").streaming_content).decode()

    assert "'=HYPERLINK(1)" in csv


def test_proposal_page_of_another_unit_is_404(staff_client, other_unit):
    foreign = make_proposal(factories.make_participant(other_unit), factories.make_volunteer(other_unit))

    assert staff_client.get(f"/admin/proposals/inspect/{foreign.pk}/").status_code == 404
    assert staff_client.post(f"/admin/proposals/{foreign.pk}/withdraw/", {}).status_code == 404


def test_proposal_page_withdraw(staff_client, participant, volunteer):
    proposal = make_proposal(participant, volunteer)
    page = staff_client.get(f"/admin/proposals/inspect/{proposal.pk}/").text
    assert "Trekk tilbake" in page
    for action in ("withdraw", "answer"):
        assert f'action="/admin/proposals/{proposal.pk}/{action}/"' in page

    staff_client.post(f"/admin/proposals/{proposal.pk}/withdraw/", {"reason": "Deltakeren flyttet"})

    proposal.refresh_from_db()
    assert proposal.state == ProposalState.WITHDRAWN


def test_proposal_page_records_a_phoned_answer(staff_client, participant, volunteer, coordinator):
    proposal = make_proposal(participant, volunteer)

    staff_client.post(f"/admin/proposals/{proposal.pk}/answer/", {"answer": "yes"})

    proposal.refresh_from_db()
    assert (proposal.state, proposal.answer_source) == (ProposalState.ACCEPTED, "coordinator")
    assert proposal.events.get().actor == coordinator


def test_proposal_page_activates_and_goes_to_the_match(staff_client, participant, volunteer):
    proposal = make_proposal(participant, volunteer, state=ProposalState.ACCEPTED)
    today = timezone.localdate()

    response = staff_client.post(
        f"/admin/proposals/{proposal.pk}/activate/",
        {"started_on": today.isoformat(), "measure": "activity", "shared_with_tidgiver": "Liker å gå tur."},
    )

    match = Match.objects.get(proposal=proposal)
    assert response["Location"] == f"/admin/matches/inspect/{match.pk}/"
    assert (match.state, match.measure, match.shared_with_tidgiver) == ("active", "activity", "Liker å gå tur.")


def test_match_page_records_a_follow_up_with_goal_scores(staff_client, participant, volunteer):
    match = make_match(participant, volunteer)
    due = FollowUp.objects.create(unit=match.unit, match=match, due_on=timezone.localdate())
    goal = Goal.objects.create(unit=match.unit, participant=participant, number=1, text="Egen leilighet")
    page = staff_client.get(f"/admin/matches/inspect/{match.pk}/").text
    assert "Egen leilighet" in page
    for action in ("follow-up", "first-meeting", "pause", "close"):
        assert f'action="/admin/matches/{match.pk}/{action}/"' in page

    staff_client.post(
        f"/admin/matches/{match.pk}/follow-up/",
        {
            "done_on": timezone.localdate().isoformat(),
            "with_whom": "both",
            "rating": "4",
            "note": "",
            f"goal_{goal.pk}": "1",
            "life_satisfaction": "6",
        },
    )

    due.refresh_from_db()
    assert (due.done_on, due.rating) == (timezone.localdate(), 4)
    assert list(GoalScore.objects.values_list("score", "follow_up_id")) == [(1, due.pk)]


def test_match_page_pause_resume_and_close(staff_client, participant, volunteer):
    match = make_match(participant, volunteer)

    staff_client.post(f"/admin/matches/{match.pk}/pause/", {"reason": "Ferie"})
    match.refresh_from_db()
    assert match.state == "paused"
    staff_client.post(f"/admin/matches/{match.pk}/resume/", {})
    match.refresh_from_db()
    assert match.state == "active"
    staff_client.post(
        f"/admin/matches/{match.pk}/close/",
        {"reason": "moved", "rematch": "yes", "text": "", "closed_on": timezone.localdate().isoformat()},
    )

    match.refresh_from_db()
    participant.refresh_from_db()
    assert (match.state, match.closure_reason, participant.status) == ("closed", "moved", "waiting")


def timeline(page):
    section = page.split('data-section="timeline"', 1)[1].split("</section>", 1)[0]
    return [line.split(": ", 1)[1] for line in re.findall(r"<li>([^<]*)</li>", section)]


def test_proposal_and_match_pages_show_their_events_in_the_timeline(staff_client, participant, volunteer):
    proposal = make_proposal(participant, volunteer)
    staff_client.post(f"/admin/proposals/{proposal.pk}/withdraw/", {"reason": "Deltakeren flyttet"})
    match = make_match(factories.make_participant(participant.unit), factories.make_volunteer(participant.unit))
    staff_client.post(f"/admin/matches/{match.pk}/pause/", {"reason": "Ferie"})

    proposal_page = staff_client.get(f"/admin/proposals/inspect/{proposal.pk}/").text
    match_page = staff_client.get(f"/admin/matches/inspect/{match.pk}/").text

    assert timeline(proposal_page) == ["sent → withdrawn (Kari Person) – Deltakeren flyttet"]
    assert timeline(match_page) == ["active → paused (Kari Person) – Ferie"]


def test_match_page_first_meeting(staff_client, participant, volunteer):
    match = make_match(participant, volunteer, started_days_ago=5)
    day = timezone.localdate() - datetime.timedelta(days=2)

    staff_client.post(f"/admin/matches/{match.pk}/first-meeting/", {"first_meeting_on": day.isoformat()})

    match.refresh_from_db()
    assert match.first_meeting_on == day
    assert match.events.get().kind == "note"


def test_match_board_counts_by_state(staff_client, unit, other_unit):
    _pairs(unit, 2, make_match)
    _pairs(unit, 1, make_match, state="paused")
    _pairs(unit, 1, make_match, state="closed")
    _pairs(other_unit, 3, make_match)

    text = staff_client.get("/admin/matches/board/").text

    assert '<section data-column="active">' in text
    for state, count in (("active", 2), ("paused", 1), ("closed", 1)):
        column = text.split(f'data-column="{state}"')[1]
        assert f"<span data-count>({count})</span>" in column.split("</h2>")[0]


def test_match_board_query_count_is_the_same_for_one_and_many(staff_client, unit):
    _pairs(unit, 1, make_match)
    one = _queries(staff_client, "/admin/matches/board/")
    _pairs(unit, 10, make_match)
    _pairs(unit, 5, make_match, state="closed")

    assert _queries(staff_client, "/admin/matches/board/") == one


def test_matches_listing_query_count_is_the_same_for_one_and_many(staff_client, unit):
    _pairs(unit, 1, make_match)
    one = _queries(staff_client, "/admin/matches/")
    _pairs(unit, 20, make_match)

    assert _queries(staff_client, "/admin/matches/") == one


def test_follow_up_worklist_shows_overdue_and_due_of_own_units(staff_client, unit, other_unit):
    today = timezone.localdate()
    mine = make_match(factories.make_participant(unit, display_name="Forfalt"), factories.make_volunteer(unit))
    FollowUp.objects.create(unit=unit, match=mine, due_on=today - datetime.timedelta(days=3))
    soon = make_match(factories.make_participant(unit, display_name="Snart"), factories.make_volunteer(unit))
    FollowUp.objects.create(unit=unit, match=soon, due_on=today + datetime.timedelta(days=2))
    later = make_match(factories.make_participant(unit, display_name="Senere"), factories.make_volunteer(unit))
    FollowUp.objects.create(unit=unit, match=later, due_on=today + datetime.timedelta(days=30))
    foreign = make_match(
        factories.make_participant(other_unit, display_name="Utenfor"), factories.make_volunteer(other_unit)
    )
    FollowUp.objects.create(unit=other_unit, match=foreign, due_on=today)

    text = staff_client.get("/admin/follow-ups/").text

    overdue, due = text.split('data-section="due"')
    assert "Forfalt" in overdue and "Snart" not in overdue
    assert "Snart" in due
    assert "Senere" not in text and "Utenfor" not in text


def test_follow_up_worklist_query_count_is_the_same_for_one_and_many(staff_client, unit):
    def add(count):
        for _ in range(count):
            match = make_match(factories.make_participant(unit), factories.make_volunteer(unit))
            FollowUp.objects.create(unit=unit, match=match, due_on=timezone.localdate())

    add(1)
    one = _queries(staff_client, "/admin/follow-ups/")
    add(10)

    assert _queries(staff_client, "/admin/follow-ups/") == one


def test_home_worklist_counts_unanswered_accepted_and_follow_ups_due(staff_client, unit, other_unit):
    make_proposal(factories.make_participant(unit), factories.make_volunteer(unit))
    make_proposal(factories.make_participant(other_unit), factories.make_volunteer(other_unit))
    accepted = make_proposal(factories.make_participant(unit), factories.make_volunteer(unit))
    Proposal.objects.filter(pk=accepted.pk).update(state=ProposalState.ACCEPTED)
    match = make_match(factories.make_participant(unit), factories.make_volunteer(unit))
    FollowUp.objects.create(unit=unit, match=match, due_on=timezone.localdate())
    FollowUp.objects.create(unit=unit, match=match, due_on=timezone.localdate() + datetime.timedelta(days=1))

    text = staff_client.get("/admin/").text

    assert worklist(text, "worklist-matching") == {
        "forslag som ikke er besvart": (1, "/admin/proposals/?state=sent"),
        "har sagt ja og venter på at du aktiverer": (1, "/admin/proposals/?state=accepted"),
        "oppfølgingssamtaler som skal holdes nå eller er forsinket": (1, "/admin/follow-ups/"),
    }
