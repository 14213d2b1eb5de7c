"""Issue 10's whole journey: the coordinator registers a participant with goals → "Finn Tidgiver" shows ranked
candidates with reasons → proposes → the Tidgiver answers JA by a signed SMS webhook → the coordinator activates →
the Tidgiver sees the match on Min side → a follow-up is recorded → the match is closed with a reason."""

import datetime
import re

import pytest
from django.test import Client
from playwright.sync_api import expect

from tests import factories
from tests.browser.conftest import log_in
from tests.browser.test_screening_journey import coordinator_page
from tests.factories import PASSWORD
from tests.notifications.webhooks import PUBLIC, signed_post
from volunteers.matching.enums import ProposalState
from volunteers.matching.models import FollowUp, Match, Proposal
from volunteers.models import Interest
from volunteers.participants.models import GoalScore, Participant

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = "+4741234567"


def tidgiver_in(unit):
    # A transactional test before this one on the same worker may have flushed the seeded vocabulary.
    Interest.objects.get_or_create(slug="culture", defaults={"name": "Kultur", "name_en": "Culture"})
    user = factories.make_member(unit, first_name="Tone", last_name="Tidgiver", email="tone.t@example.org")
    user.phone, user.phone_verified = PHONE, True
    user.save()
    volunteer = factories.make_volunteer(unit, user=user, municipality="Drammen")
    volunteer.matching_profile.interests.set(Interest.objects.filter(slug="culture"))
    return volunteer


def register_participant(admin):
    admin.goto("/admin/participants/new/")
    admin.locator("#id_display_name").fill("Ali")
    admin.locator("#id_code").fill("DR-0042")
    admin.locator("#id_priority_1").select_option("network")
    admin.locator("#id_goal_1").fill("Gå på kino en gang i måneden")
    admin.locator("#id_goal_1_score").select_option("-1")
    admin.get_by_label("Kultur").check()
    admin.get_by_label("Tirsdag kveld").check()
    admin.locator("#id_municipality").fill("Drammen")
    admin.locator("#id_what_would_help").fill("Noen å gå på kino med.")
    admin.locator("#id_consent_given_on").fill(datetime.date.today().isoformat())
    admin.locator('nav.actions button[type="submit"]').first.click()
    expect(admin).to_have_url(re.compile(r"/admin/participants/\d+/$"))
    return Participant.objects.get(code="DR-0042")


def answer_ja_by_sms(settings, proposal):
    settings.PUBLIC_BASE_URL = PUBLIC
    data = {"MessageSid": "SM" + "9" * 32, "From": PHONE, "Body": f"JA {proposal.number}"}
    assert signed_post(Client(), "/notifications/twilio/inbound/", data).status_code == 200


def test_match_journey_from_participant_to_closed_match(
    browser, live_server, home_page, unit, coordinator, twilio, settings
):
    volunteer = tidgiver_in(unit)
    admin = coordinator_page(browser, live_server, coordinator)

    # The coordinator registers the participant with a goal scored at intake, then opens "Finn Tidgiver".
    participant = register_participant(admin)
    admin.get_by_role("link", name="Finn Tidgiver").click()
    candidate = admin.locator(f'[data-candidates] tr[data-volunteer="{volunteer.pk}"]')
    expect(candidate).to_contain_text("Tone Tidgiver")
    expect(candidate).to_contain_text("Kultur")  # the shared interest is one of the reasons
    candidate.get_by_role("button", name="Foreslå").click()
    proposal = Proposal.objects.get(participant=participant)
    assert (proposal.state, proposal.rank) == (ProposalState.SENT, 1)

    # The Tidgiver answers JA by SMS (a signed Twilio webhook).
    answer_ja_by_sms(settings, proposal)
    proposal.refresh_from_db()
    assert (proposal.state, proposal.answer_source) == (ProposalState.ACCEPTED, "sms")

    # The coordinator activates the match from the proposal's page.
    admin.goto(f"/admin/proposals/inspect/{proposal.pk}/")
    activate = admin.locator('[data-form="activate"]')
    activate.locator('[name="started_on"]').fill(datetime.date.today().isoformat())
    activate.locator('[name="shared_with_tidgiver"]').fill("Ali liker kino og kaffe.")
    activate.get_by_role("button", name="Aktiver matchen").click()
    expect(admin).to_have_url(re.compile(r"/admin/matches/inspect/\d+/$"))
    match = Match.objects.get(proposal=proposal)

    # The Tidgiver sees the match on Min side, with what the coordinator shared.
    tone = browser.new_context(base_url=live_server.url, locale="nb-NO").new_page()
    log_in(tone, volunteer.user.email, PASSWORD)
    expect(tone).to_have_url(re.compile(r"/min-side/$"))
    expect(tone.get_by_test_id(f"match-{match.pk}")).to_contain_text("Ali liker kino og kaffe.")

    # The coordinator records a follow-up with the goal's score.
    follow_up = admin.locator('[data-form="follow-up"]')
    follow_up.locator('[name="done_on"]').fill(datetime.date.today().isoformat())
    follow_up.locator('[name="with_whom"]').select_option("both")
    follow_up.locator('[name="rating"]').select_option("4")
    goal = participant.goals.get()
    follow_up.locator(f'[name="goal_{goal.pk}"]').select_option("1")
    follow_up.get_by_role("button", name="Registrer oppfølgingssamtale").click()
    expect(admin.get_by_text("Oppfølgingssamtalen er registrert.")).to_be_visible()
    held = FollowUp.objects.get(match=match, done_on__isnull=False)
    assert (held.with_whom, held.rating) == ("both", 4)
    assert list(GoalScore.objects.filter(occasion="follow_up").values_list("score", flat=True)) == [1]

    # The coordinator closes the match with a coded reason; the participant waits for a new Tidgiver.
    close = admin.locator('[data-form="close"]')
    close.locator('[name="reason"]').select_option("moved")
    close.locator('[name="rematch"]').select_option("yes")
    close.locator('[name="closed_on"]').fill(datetime.date.today().isoformat())
    close.get_by_role("button", name="Avslutt matchen").click()
    expect(admin.locator("[data-match-state]")).to_have_attribute("data-match-state", "closed")
    match.refresh_from_db()
    participant.refresh_from_db()
    assert (match.state, match.closure_reason, participant.status) == ("closed", "moved", "waiting")
    assert admin.console_errors == [], admin.console_errors
