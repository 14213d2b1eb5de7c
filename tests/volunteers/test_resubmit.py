"""Applying again: who counts as the same person, moving between units, and a young applicant's guardian.

A second form changes nothing by itself (see test_pending_update.py); these tests confirm the pending update from
the e-mailed link, as the applicant does, and then check what the confirmed answers did.
"""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from notifications.models import OutboundMessage
from portal.org.enums import Role
from portal.org.models import Membership
from volunteers.domain import applications, pending, screening
from volunteers.domain.errors import GuardianNotConfirmed
from volunteers.enums import ApplicationState, EventKind
from volunteers.forms import ApplicationForm
from volunteers.models import Application, ApplicationEvent, PendingUpdate

from .conftest import form_data
from .pages import make_recruitment_pages

pytestmark = pytest.mark.django_db
S = ApplicationState
GUARDIAN = {"guardian_name": "Gro Hansen", "guardian_phone": "900 11 222"}


def _born_years_ago(years):
    today = timezone.localdate()
    return (today.replace(year=today.year - years) - datetime.timedelta(days=1)).isoformat()


@pytest.fixture
def general_page(home_page):
    return make_recruitment_pages(home_page, unit=None, slug="bli-med")[1]


@pytest.fixture
def youth_unit(unit):
    unit.youth_minimum_age = 13
    unit.save()
    return unit


def _receipt(client, page):
    return re.search(r'<article class="receipt">.*</article>', client.get(page.url + "kvittering/").text, re.S)[0]


def _templates_sent():
    return sorted(OutboundMessage.objects.values_list("template_key", "address"))


def _confirm_by_link(client):
    update = PendingUpdate.objects.pending().get()
    response = client.post(reverse("volunteers:confirm_update", args=[pending.token(update)]))
    assert response.status_code == 200
    return response


def _resubmit_and_confirm(client, page, data):
    response = client.post(page.url, data)
    assert response.status_code == 302
    _confirm_by_link(client)


def _memberships(user):
    return sorted(Membership.objects.filter(user=user).values_list("unit__name", "role"))


def test_resubmit_same_phone_other_person_gets_own_application_and_both_timelines_say_so(client, form_page):
    client.post(form_page.url, form_data())
    first = Application.objects.get()
    first_receipt = _receipt(client, form_page)
    OutboundMessage.objects.all().delete()

    response = client.post(
        form_page.url,
        form_data(
            first_name="Ola",
            last_name="Nordmann",
            email="ola@example.org",
            date_of_birth="1985-01-02",
            motivation="Min egen grunn.",
        ),
    )

    assert response.status_code == 302
    second = Application.objects.exclude(pk=first.pk).get()
    first.refresh_from_db()
    assert (first.first_name, first.last_name, first.date_of_birth, first.motivation, first.resubmitted_count) == (
        "Siri",
        "Hansen",
        datetime.date(1990, 5, 17),
        "Jeg vil gi noe tilbake.",
        0,
    )
    assert (second.first_name, second.email, second.phone, second.state) == (
        "Ola",
        "ola@example.org",
        "+4741234567",
        S.RECEIVED,
    )
    assert second.user != first.user
    assert list(first.events.filter(kind=EventKind.NOTE).values_list("text", flat=True)) == [
        f"Søknad {second.pk} har samme mobilnummer (men en annen e-post og et annet navn)."
    ]
    assert list(second.events.filter(kind=EventKind.NOTE).values_list("text", flat=True)) == [
        f"Søknad {first.pk} har samme mobilnummer (men en annen e-post og et annet navn)."
    ]
    assert not ApplicationEvent.objects.filter(kind=EventKind.DUPLICATE).exists()
    assert _templates_sent() == [
        ("volunteers.application_received", "+4741234567"),
        ("volunteers.application_received", "ola@example.org"),
    ]
    assert _receipt(client, form_page) == first_receipt


def test_resubmit_same_email_is_the_same_person_even_with_another_name(client, form_page):
    client.post(form_page.url, form_data())
    _resubmit_and_confirm(client, form_page, form_data(first_name="Siri Marie", phone="+47 992 22 333"))

    application = Application.objects.get()
    assert (application.first_name, application.phone, application.resubmitted_count) == (
        "Siri Marie",
        "+4799222333",
        1,
    )


def test_resubmit_other_unit_after_screening_started_keeps_unit_and_records_wish(
    client, general_page, unit, other_unit, coordinator
):
    client.post(general_page.url, form_data(unit=unit.pk))
    application = Application.objects.get()
    screening.transition(application, S.CONTACTED, actor=coordinator)

    _resubmit_and_confirm(client, general_page, form_data(unit=other_unit.pk, motivation="Oslo passer bedre."))

    application.refresh_from_db()
    assert (application.unit, application.state, application.motivation) == (unit, S.CONTACTED, "Oslo passer bedre.")
    duplicate = application.events.filter(kind=EventKind.DUPLICATE).last()
    assert "Ba om enheten Oslo, men oppfølgingen av søknaden er i gang i Drammen, så søknaden blir der." in (
        duplicate.text
    )
    assert "Enhet endret" not in duplicate.text
    assert _memberships(application.user) == [("Drammen", Role.APPLICANT)]


def test_resubmit_other_unit_while_received_moves_and_records_it(client, general_page, unit, other_unit):
    client.post(general_page.url, form_data(unit=unit.pk))

    _resubmit_and_confirm(client, general_page, form_data(unit=other_unit.pk))

    application = Application.objects.get()
    assert (application.unit, application.state) == (other_unit, S.RECEIVED)
    assert "Enhet endret fra Drammen til Oslo." in application.events.filter(kind=EventKind.DUPLICATE).last().text
    assert _memberships(application.user) == [("Oslo", Role.APPLICANT)]


def test_resubmit_adult_as_youth_waits_for_guardian_who_gets_a_link(client, form_page, youth_unit):
    client.post(form_page.url, form_data())
    application = Application.objects.get()
    assert _memberships(application.user) == [("Drammen", Role.APPLICANT)]
    OutboundMessage.objects.all().delete()

    _resubmit_and_confirm(client, form_page, form_data(date_of_birth=_born_years_ago(14), **GUARDIAN))

    application.refresh_from_db()
    assert (application.state, application.guardian_name, application.guardian_phone) == (
        S.AWAITING_GUARDIAN,
        "Gro Hansen",
        "+4790011222",
    )
    transition = application.events.get(kind=EventKind.TRANSITION)
    assert (transition.actor, transition.from_state, transition.to_state, transition.text) == (
        None,
        S.RECEIVED,
        S.AWAITING_GUARDIAN,
        "Under 18 år: en foresatt må bekrefte først.",
    )
    assert ("volunteers.guardian_confirm", "+4790011222") in _templates_sent()
    assert _memberships(application.user) == []

    applications.confirm_guardian(application)

    application.refresh_from_db()
    assert application.state == S.RECEIVED
    assert _memberships(application.user) == [("Drammen", Role.APPLICANT)]


def test_resubmit_as_youth_during_screening_halts_it_until_the_guardian_confirms(
    client, form_page, youth_unit, coordinator
):
    client.post(form_page.url, form_data())
    application = Application.objects.get()
    screening.transition(application, S.CONTACTED, actor=coordinator)

    _resubmit_and_confirm(client, form_page, form_data(date_of_birth=_born_years_ago(14), **GUARDIAN))

    application.refresh_from_db()
    assert (application.state, application.guardian_confirmed_at) == (S.CONTACTED, None)
    assert OutboundMessage.objects.filter(template_key="volunteers.guardian_confirm").count() == 1
    assert _memberships(application.user) == []
    with pytest.raises(GuardianNotConfirmed):
        screening.transition(application, S.CONVERSATION_BOOKED, actor=coordinator)

    applications.confirm_guardian(application, actor=coordinator)

    assert screening.transition(application, S.CONVERSATION_BOOKED, actor=coordinator) is True
    assert _memberships(application.user) == [("Drammen", Role.APPLICANT)]


def test_resubmit_too_young_for_the_unit_it_stays_in_changes_nothing_and_looks_like_any_receipt(
    client, general_page, unit, other_unit, coordinator
):
    other_unit.youth_minimum_age = 13
    other_unit.save()
    client.post(general_page.url, form_data(unit=unit.pk))
    application = Application.objects.get()
    screening.transition(application, S.CONTACTED, actor=coordinator)

    response = client.post(
        general_page.url, form_data(unit=other_unit.pk, date_of_birth=_born_years_ago(14), motivation="Ny", **GUARDIAN)
    )

    assert (response.status_code, response["Location"]) == (302, general_page.url + "kvittering/")
    confirmed = _confirm_by_link(client)
    assert "Disse svarene kunne ikke brukes i søknaden din." in confirmed.text
    application.refresh_from_db()
    assert (application.unit, application.date_of_birth, application.motivation, application.state) == (
        unit,
        datetime.date(1990, 5, 17),
        "Jeg vil gi noe tilbake.",
        S.CONTACTED,
    )
    assert PendingUpdate.objects.get().state == "discarded"
    assert not OutboundMessage.objects.filter(template_key="volunteers.application_updated").exists()
    note = application.events.filter(kind=EventKind.DUPLICATE).last().text
    assert note == (
        f"Søkte på nytt for {other_unit} med en fødselsdato som er for ung for {unit}, der vurderingen er i gang. "
        "Ingenting ble endret."
    )


def test_submit_domain_refuses_too_young_for_a_new_application(unit):
    form = ApplicationForm(form_data(date_of_birth=_born_years_ago(30)), unit=unit)
    assert form.is_valid(), form.errors
    data = {**form.cleaned_data, "date_of_birth": datetime.date.fromisoformat(_born_years_ago(15))}

    with pytest.raises(applications.TooYoung) as refused:
        applications.submit(data)

    assert refused.value.unit == unit
    assert not Application.objects.exists()


def test_resubmit_awaiting_guardian_with_adult_birth_date_keeps_waiting_for_the_guardian(client, form_page, youth_unit):
    client.post(form_page.url, form_data(date_of_birth=_born_years_ago(14), **GUARDIAN))

    _resubmit_and_confirm(client, form_page, form_data(date_of_birth="1990-05-17"))

    application = Application.objects.get()
    # The guardian already asked stays asked; a coordinator records the consent or decides otherwise.
    assert (application.state, application.date_of_birth, application.guardian_name) == (
        S.AWAITING_GUARDIAN,
        datetime.date(1990, 5, 17),
        "Gro Hansen",
    )
    assert OutboundMessage.objects.filter(template_key="volunteers.guardian_confirm").count() == 2
    assert _memberships(application.user) == []
