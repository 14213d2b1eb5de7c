"""Ask to be deleted: one waiting request, the coordinator confirms or it runs by itself after 30 days when nothing
blocks it; the person is anonymised and their statistics kept."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from notifications.models import OutboundMessage
from portal.org.enums import Role
from portal.org.models import Membership
from portal.privacy import tasks
from portal.privacy.domain import erasure
from portal.privacy.enums import ErasureState
from portal.privacy.models import ErasureRequest
from tests import factories
from volunteers.enums import ApplicationState
from volunteers.models import Application, ConfidentialitySignature

pytestmark = pytest.mark.django_db
URL = "/min-side/personvern/slett-meg/"


def _ask(client, user):
    client.force_login(user)
    return client.post(URL, {"action": "request"})


def _days_ago(request, days):
    ErasureRequest.objects.filter(pk=request.pk).update(requested_at=timezone.now() - datetime.timedelta(days=days))


def test_request_erasure_creates_one_waiting_request_and_emails_the_person(client, applicant_with_data, unit):
    user = applicant_with_data.user

    response = _ask(client, user)
    _ask(client, user)

    assert (response.status_code, response["Location"]) == (302, "/min-side/")
    request = ErasureRequest.objects.get()
    assert (request.user, request.unit, request.state, request.display_name) == (
        user,
        unit,
        ErasureState.REQUESTED,
        "Siri Hansen",
    )
    told = OutboundMessage.objects.get(template_key="privacy.erasure_requested")
    assert (told.channel, told.address) == ("email", "siri.hansen@example.org")
    # Nothing is deleted yet.
    applicant_with_data.refresh_from_db()
    assert applicant_with_data.first_name == "Siri"


def test_cancel_erasure_request_keeps_everything(client, applicant_with_data):
    _ask(client, applicant_with_data.user)

    client.post(URL, {"action": "cancel"})

    assert ErasureRequest.objects.get().state == ErasureState.CANCELLED
    assert erasure.erase_due(timezone.now() + datetime.timedelta(days=60)) == 0


def test_staff_cannot_ask_to_be_deleted_from_minside(client, coordinator):
    client.force_login(coordinator)

    page = client.get(URL)
    client.post(URL, {"action": "request"})

    assert "Du jobber i bakrommet." in page.text
    assert not ErasureRequest.objects.exists()


def test_erase_anonymises_the_person_and_keeps_statistics(client, applicant_with_data, unit, coordinator):
    user = applicant_with_data.user
    _ask(client, user)
    request = ErasureRequest.objects.get()

    erasure.erase(request, actor=coordinator)

    user.refresh_from_db()
    assert (user.first_name, user.email, user.phone, user.is_active, user.has_usable_password()) == (
        "",
        f"anonymised-{user.pk}@example.invalid",
        "",
        False,
        False,
    )
    application = Application.objects.get()
    assert (application.first_name, application.email, application.motivation, application.user) == ("", "", "", None)
    # Statistics stay: unit, state (closed without a message), year of birth.
    assert (application.unit, application.state, application.date_of_birth) == (
        unit,
        ApplicationState.WITHDRAWN,
        datetime.date(1990, 1, 1),
    )
    assert not OutboundMessage.objects.filter(template_key="volunteers.application_withdrawn").exists()
    assert not ConfidentialitySignature.objects.exists()
    assert not Membership.objects.filter(user=user).exists()
    sent = OutboundMessage.objects.get(template_key="volunteers.sign_declaration")
    assert (sent.user, sent.address, sent.body) == (None, "", "[redacted]")
    request.refresh_from_db()
    assert (request.state, request.confirmed_by, request.display_name, request.done_at is not None) == (
        ErasureState.DONE,
        coordinator,
        "",
        True,
    )
    farewell = OutboundMessage.objects.get(template_key="privacy.erasure_done")
    assert (farewell.address, farewell.user) == ("siri.hansen@example.org", None)


def test_erase_ends_a_tidgiver_profile_and_clears_what_they_wrote(unit):
    from volunteers.enums import VolunteerStatus
    from volunteers.models import Volunteer

    role = factories.make_volunteer_role("Aktivitetsvenn")
    person = factories.make_member(unit, Role.TIDGIVER, first_name="Tone")
    volunteer = Volunteer.objects.create(user=person, unit=unit, volunteer_role=role, competencies="Fotball")
    request = erasure.request_erasure(person)

    erasure.erase(request)

    volunteer.refresh_from_db()
    assert (volunteer.status, volunteer.competencies, volunteer.unit) == (VolunteerStatus.ENDED, "", unit)


def test_erase_due_runs_only_after_30_days_and_by_itself(applicant_with_data):
    request = erasure.request_erasure(applicant_with_data.user)
    _days_ago(request, 29)

    assert tasks.erase_due_requests() == 0

    _days_ago(request, 31)
    assert tasks.erase_due_requests() == 1
    request.refresh_from_db()
    assert (request.state, request.confirmed_by) == (ErasureState.DONE, None)
    assert tasks.erase_due_requests() == 0  # idempotent


def test_erase_due_waits_while_a_part_blocks_it(applicant_with_data, extra_part):
    extra_part("matches", blocks_erasure=lambda user: "Har en aktiv match.")
    request = erasure.request_erasure(applicant_with_data.user)
    _days_ago(request, 31)

    assert tasks.erase_due_requests() == 0
    with pytest.raises(erasure.ErasureRefused, match="Har en aktiv match"):
        erasure.erase(request)
    assert get_user_model().objects.get(pk=applicant_with_data.user_id).is_active is True


def test_erase_runs_each_registered_part(applicant_with_data, extra_part):
    erased = []
    extra_part("hours", erase=erased.append)
    request = erasure.request_erasure(applicant_with_data.user)

    erasure.erase(request)

    assert erased == [applicant_with_data.user]


def test_erasure_is_scheduled_daily():
    from django_q.models import Schedule

    schedule = Schedule.objects.get(func="portal.privacy.tasks.erase_due_requests")
    assert (schedule.schedule_type, schedule.repeats) == ("D", -1)
