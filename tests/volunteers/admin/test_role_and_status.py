"""The coordinator sets an application's Tidgiver role, and pauses, ends or reactivates a Tidgiver."""

import datetime

import pytest
from django.utils import timezone

from portal.org.enums import Role
from tests import factories
from tests.volunteers.conftest import make_application
from volunteers.enums import ApplicationState, EventKind, VolunteerStatus
from volunteers.models import ApplicationEvent, Volunteer, VolunteerStatusChange

pytestmark = pytest.mark.django_db
S = ApplicationState
V = VolunteerStatus


def role_url(application):
    return f"/admin/applications/{application.pk}/role/"


def status_url(volunteer):
    return f"/admin/tidgivere/status/{volunteer.pk}/"


def make_volunteer(unit, status=V.ACTIVE):
    user = factories.make_member(unit, Role.TIDGIVER, first_name="Siri", last_name="Berg")
    return Volunteer.objects.create(user=user, unit=unit, status=status)


def test_role_set_on_application_without_role_adds_police_step(staff_client, coordinator, unit, police_role):
    application = make_application(unit, volunteer_role=None)
    page = staff_client.get(f"/admin/applications/{application.pk}/")
    assert 'data-form="role"' in page.content.decode()
    assert page.context["shows_police_certificate"] is False

    response = staff_client.post(role_url(application), {"role-volunteer_role": police_role.pk})

    assert response.status_code == 302
    application.refresh_from_db()
    assert application.volunteer_role == police_role
    event = ApplicationEvent.objects.get(application=application, kind=EventKind.ROLE)
    assert (event.actor, event.text) == (coordinator, "Tidgiverrolle: – → Ungdomstidgiver")
    page = staff_client.get(f"/admin/applications/{application.pk}/")
    assert page.context["shows_police_certificate"] is True
    assert 'data-event-kind="role"' in page.content.decode()


def test_role_form_hidden_and_refused_after_approval(staff_client, unit, role, police_role):
    application = make_application(unit, state=S.APPROVED, volunteer_role=role)
    assert 'data-form="role"' not in staff_client.get(f"/admin/applications/{application.pk}/").content.decode()

    response = staff_client.post(role_url(application), {"role-volunteer_role": police_role.pk})

    assert response.status_code == 200
    assert "Ingenting ble endret: Tidgiverrollen kan bare endres før søknaden er avgjort." in response.content.decode()
    application.refresh_from_db()
    assert application.volunteer_role == role


def test_role_of_another_units_application_is_404(staff_client, foreign_application, police_role):
    response = staff_client.post(role_url(foreign_application), {"role-volunteer_role": police_role.pk})
    assert response.status_code == 404


def test_youth_without_consent_shows_no_forward_buttons_and_guardian_form(staff_client, unit):
    born = timezone.localdate() - datetime.timedelta(days=15 * 365)
    application = make_application(unit, date_of_birth=born, guardian_name="Gro Foresatt")

    page = staff_client.get(f"/admin/applications/{application.pk}/")

    assert [action.to_state for action in page.context["actions"]] == [S.ON_HOLD, S.WITHDRAWN, S.REJECTED]
    assert 'data-form="guardian"' in page.content.decode()
    response = staff_client.post(f"/admin/applications/{application.pk}/transition/", {"to_state": S.CONTACTED})
    assert response.status_code == 200
    application.refresh_from_db()
    assert application.state == S.RECEIVED


def test_bulk_mark_contacted_leaves_youth_without_consent(staff_client, unit):
    born = timezone.localdate() - datetime.timedelta(days=15 * 365)
    young = make_application(unit, date_of_birth=born, guardian_name="Gro Foresatt")
    adult = make_application(unit)

    url = f"/admin/bulk/volunteers/application/mark_contacted/?id={young.pk}&id={adult.pk}"
    staff_client.post(url, {})

    young.refresh_from_db()
    adult.refresh_from_db()
    assert (young.state, adult.state) == (S.RECEIVED, S.CONTACTED)


@pytest.mark.parametrize(
    ("from_status", "to_status", "buttons"),
    [
        (V.ACTIVE, V.PAUSED, ["paused", "ended"]),
        (V.PAUSED, V.ACTIVE, ["active", "ended"]),
        (V.ACTIVE, V.ENDED, ["paused", "ended"]),
        (V.ENDED, V.ACTIVE, ["active"]),
    ],
)
def test_status_buttons_change_the_status_and_log_it(staff_client, coordinator, unit, from_status, to_status, buttons):
    volunteer = make_volunteer(unit, from_status)
    page = staff_client.get(f"/admin/tidgivere/inspect/{volunteer.pk}/")
    assert [status for status, _label in page.context["status_buttons"]] == buttons

    response = staff_client.post(status_url(volunteer), {"to_status": to_status, "reason": "Ferie til august"})

    assert response["Location"] == f"/admin/tidgivere/inspect/{volunteer.pk}/"
    volunteer.refresh_from_db()
    assert volunteer.status == to_status
    change = VolunteerStatusChange.objects.get()
    assert (change.actor, change.from_status, change.to_status, change.reason) == (
        coordinator,
        from_status,
        to_status,
        "Ferie til august",
    )
    assert "Ferie til august" in staff_client.get(f"/admin/tidgivere/inspect/{volunteer.pk}/").content.decode()


def test_status_change_not_allowed_changes_nothing(staff_client, unit):
    volunteer = make_volunteer(unit, V.ENDED)

    response = staff_client.post(status_url(volunteer), {"to_status": V.PAUSED}, follow=True)

    assert "Ingenting ble endret: En Tidgiver kan ikke gå fra «Avsluttet» til «Pause»." in response.content.decode()
    volunteer.refresh_from_db()
    assert volunteer.status == V.ENDED
    assert not VolunteerStatusChange.objects.exists()


def test_status_of_another_units_tidgiver_is_404(staff_client, other_unit):
    volunteer = make_volunteer(other_unit)
    assert staff_client.post(status_url(volunteer), {"to_status": V.PAUSED}).status_code == 404
    volunteer.refresh_from_db()
    assert volunteer.status == V.ACTIVE


def test_status_view_answers_post_only(staff_client, unit):
    volunteer = make_volunteer(unit)
    assert staff_client.get(status_url(volunteer)).status_code == 405
