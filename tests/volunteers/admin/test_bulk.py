"""Bulk actions from the application listing: mark as contacted, put on hold; scoped; all or nothing."""

import pytest

from tests.volunteers.conftest import make_application
from volunteers.enums import ApplicationState, EventKind
from volunteers.models import ApplicationEvent

pytestmark = pytest.mark.django_db
S = ApplicationState


def bulk_url(action, *applications, extra=""):
    ids = "&".join(f"id={application.pk}" for application in applications)
    return f"/admin/bulk/volunteers/application/{action}/?{ids}&next=/admin/applications/{extra}"


def states(*applications):
    for application in applications:
        application.refresh_from_db()
    return [application.state for application in applications]


def test_bulk_listing_offers_the_actions(staff_client, own_application):
    html = staff_client.get("/admin/applications/").content.decode()
    assert "/admin/bulk/volunteers/application/mark_contacted/" in html
    assert "/admin/bulk/volunteers/application/put_on_hold/" in html
    assert f'data-object-id="{own_application.pk}"' in html


def test_bulk_confirmation_lists_who_moves_and_who_stays(staff_client, unit):
    first = make_application(unit, first_name="Anne", last_name="En")
    held = make_application(unit, first_name="Berit", last_name="To", state=S.APPROVED)

    response = staff_client.get(bulk_url("mark_contacted", first, held))

    assert response.status_code == 200
    assert [entry["item"] for entry in response.context["items"]] == [first]
    assert response.context["items_with_no_access"] == [held]
    assert states(first, held) == [S.RECEIVED, S.APPROVED]


def test_bulk_mark_contacted_moves_each_and_writes_timeline(staff_client, coordinator, unit):
    first = make_application(unit)
    second = make_application(unit)

    response = staff_client.post(bulk_url("mark_contacted", first, second))

    assert response.status_code == 302
    assert response["Location"] == "/admin/applications/"
    assert states(first, second) == [S.CONTACTED, S.CONTACTED]
    entries = ApplicationEvent.objects.filter(kind=EventKind.TRANSITION).order_by("application_id")
    assert [(e.application_id, e.actor, e.from_state, e.to_state) for e in entries] == [
        (first.pk, coordinator, S.RECEIVED, S.CONTACTED),
        (second.pk, coordinator, S.RECEIVED, S.CONTACTED),
    ]


def test_bulk_put_on_hold_skips_those_that_cannot_move(staff_client, unit):
    contacted = make_application(unit, state=S.CONTACTED)
    approved = make_application(unit, state=S.APPROVED)

    staff_client.post(bulk_url("put_on_hold", contacted, approved))

    assert states(contacted, approved) == [S.ON_HOLD, S.APPROVED]
    contacted.refresh_from_db()
    assert contacted.previous_state == S.CONTACTED


def test_bulk_with_an_application_of_another_unit_is_404_and_changes_nothing(
    staff_client, own_application, foreign_application
):
    for method in (staff_client.get, staff_client.post):
        response = method(bulk_url("mark_contacted", own_application, foreign_application))
        assert response.status_code == 404
    assert states(own_application, foreign_application) == [S.RECEIVED, S.RECEIVED]
    assert not ApplicationEvent.objects.exists()


def test_bulk_with_unknown_or_bad_id_is_404(staff_client, own_application):
    assert staff_client.post(bulk_url("mark_contacted", own_application) + "&id=999999").status_code == 404
    assert staff_client.post(bulk_url("mark_contacted", own_application) + "&id=abc").status_code == 404
    assert states(own_application) == [S.RECEIVED]


def test_bulk_select_all_stays_within_own_units_and_filters(staff_client, unit, other_unit):
    received = make_application(unit)
    contacted = make_application(unit, state=S.CONTACTED)
    foreign = make_application(other_unit)

    url = "/admin/bulk/volunteers/application/put_on_hold/?id=all&state=received&next=/admin/applications/"
    staff_client.post(url)

    assert states(received, contacted, foreign) == [S.ON_HOLD, S.CONTACTED, S.RECEIVED]


def test_bulk_refused_by_the_domain_rolls_back_everything(staff_client, unit, monkeypatch):
    from volunteers.domain import screening
    from volunteers.domain.errors import TransitionNotAllowed

    first = make_application(unit)
    second = make_application(unit)
    real_transition = screening.transition

    def refuse_second(application, to_state, **kwargs):
        if application.pk == second.pk:
            raise TransitionNotAllowed(S.RECEIVED, S.CONTACTED)
        return real_transition(application, to_state, **kwargs)

    monkeypatch.setattr(screening, "transition", refuse_second)
    response = staff_client.post(bulk_url("mark_contacted", first, second), follow=True)

    assert "Ingenting ble endret: En søknad kan ikke gå fra «Mottatt» til «Kontaktet»." in response.content.decode()
    assert states(first, second) == [S.RECEIVED, S.RECEIVED]
    assert not ApplicationEvent.objects.exists()


def test_bulk_select_all_with_a_foreign_unit_filter_selects_nobody(staff_client, unit, other_unit):
    received = make_application(unit)
    foreign = make_application(other_unit)
    url = f"/admin/bulk/volunteers/application/put_on_hold/?id=all&unit={other_unit.pk}&next=/admin/applications/"

    page = staff_client.get(url)
    staff_client.post(url)

    assert "data-bulk-invalid-filter" in page.text
    assert "Filteret er ikke gyldig" in page.text
    assert list(page.context["items"]) == []
    assert states(received, foreign) == [S.RECEIVED, S.RECEIVED]


def test_bulk_select_all_with_a_bad_filter_value_selects_nobody(staff_client, unit):
    received = make_application(unit)

    staff_client.post("/admin/bulk/volunteers/application/put_on_hold/?id=all&state=no-such-state&next=/")

    assert states(received) == [S.RECEIVED]
