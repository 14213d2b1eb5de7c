"""The approval queue in the back office: scoped, bulk approve / return / mark paid, payout export, warning."""

import datetime
import re
from decimal import Decimal

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from volunteers.hours.domain import entries
from volunteers.hours.models import HourEntry

from .factories import make_volunteer, submit

QUEUE = "/admin/hour_entries/"


def bulk_url(action, *items):
    ids = "&".join(f"id={item.pk}" for item in items)
    return f"/admin/bulk/hours/hourentry/{action}/?{ids}&next={QUEUE}"


def states(*items):
    return [HourEntry.objects.get(pk=item.pk).state for item in items]


def test_queue_lists_only_the_users_units(staff_client, volunteer, other_unit):
    own = submit(volunteer)
    foreign = submit(make_volunteer(other_unit, first_name="Fremmed"))

    response = staff_client.get(QUEUE)

    assert response.status_code == 200
    assert [entry.pk for entry in response.context["object_list"]] == [own.pk]
    assert staff_client.get(f"{QUEUE}inspect/{foreign.pk}/").status_code == 404
    assert staff_client.get(f"{QUEUE}inspect/{own.pk}/").status_code == 200


def test_queue_query_count_is_the_same_for_one_and_many_entries(staff_client, unit):
    volunteer = make_volunteer(unit)
    submit(volunteer)
    with CaptureQueriesContext(connection) as one:
        assert staff_client.get(QUEUE).status_code == 200
    for index in range(12):
        submit(make_volunteer(unit), km=index)
    with CaptureQueriesContext(connection) as many:
        assert staff_client.get(QUEUE).status_code == 200

    assert (len(one.captured_queries), len(many.captured_queries)) == (15, 15)


def test_bulk_approve_saves_amounts_and_leaves_approved_ones(staff_client, coordinator, volunteer):
    first = submit(volunteer, km=12)
    second = submit(volunteer, travel_costs=Decimal("40"))
    done = submit(volunteer)
    entries.transition(done, "approved", actor=coordinator)

    confirm = staff_client.get(bulk_url("approve_hours", first, second, done))
    response = staff_client.post(bulk_url("approve_hours", first, second, done))

    assert sorted(item["item"].pk for item in confirm.context["items"]) == [first.pk, second.pk]
    assert [item.pk for item in confirm.context["items_with_no_access"]] == [done.pk]
    assert response.status_code == 302
    assert states(first, second) == ["approved", "approved"]
    assert [HourEntry.objects.get(pk=e.pk).reimbursement for e in (first, second)] == [
        Decimal("42.00"),
        Decimal("40.00"),
    ]
    assert HourEntry.objects.get(pk=first.pk).approved_by == coordinator


def test_bulk_return_needs_a_comment_and_sends_it(staff_client, volunteer):
    entry = submit(volunteer)

    refused = staff_client.post(bulk_url("return_hours", entry), {"comment": ""})
    response = staff_client.post(bulk_url("return_hours", entry), {"comment": "Hvilken dag var det?"})

    assert refused.status_code == 200
    assert response.status_code == 302
    entry.refresh_from_db()
    assert (entry.state, entry.return_comment) == ("returned", "Hvilken dag var det?")


def test_bulk_with_a_foreign_entry_is_a_404_and_changes_nothing(staff_client, volunteer, other_unit):
    own = submit(volunteer)
    foreign = submit(make_volunteer(other_unit))

    assert staff_client.post(bulk_url("approve_hours", own, foreign)).status_code == 404
    assert states(own, foreign) == ["submitted", "submitted"]


def test_bulk_mark_paid_marks_approved_entries_with_money(staff_client, coordinator, volunteer):
    with_km = submit(volunteer, km=10)
    waiting = submit(volunteer, km=10)
    entries.transition(with_km, "approved", actor=coordinator)

    staff_client.post(bulk_url("mark_hours_paid", with_km, waiting))

    assert HourEntry.objects.get(pk=with_km.pk).paid_at is not None
    assert HourEntry.objects.get(pk=waiting.pk).paid_at is None


def test_payout_export_for_a_period_has_the_amounts(staff_client, coordinator, volunteer):
    today = timezone.localdate()
    entry = submit(volunteer, days_ago=2, quarters=6, km=12)
    old = submit(volunteer, days_ago=40, km=100)
    for item in (entry, old):
        entries.transition(item, "approved", actor=coordinator)
    since = (today - datetime.timedelta(days=7)).isoformat()

    response = staff_client.get(f"{QUEUE}?export=csv&state=approved&date_from={since}")

    rows = b"".join(response.streaming_content).decode("utf-8-sig").splitlines()
    assert len(rows) == 2
    assert rows[0].startswith("Dato,Fornavn,Etternavn,E-post,Enhet")
    assert ",Drammen,Lunsj,1.5,12,0,3.50,42.00,0.00,0.00,42.00,Godkjent,,392.00," in rows[1]


def test_queue_warns_when_a_person_passes_10000_kr_in_a_year(staff_client, coordinator, volunteer, unit):
    today = timezone.localdate()
    big = submit(volunteer, days_ago=0, other_expenses=Decimal("9990"))
    small = submit(volunteer, days_ago=0, km=10)
    quiet = submit(make_volunteer(unit), km=10)
    for item in (big, small, quiet):
        entries.transition(item, "approved", actor=coordinator)

    html = staff_client.get(QUEUE).content.decode()
    above = staff_client.get(f"{QUEUE}?above_threshold=true")

    assert html.count("data-refund-warning") == 2
    assert sorted(e.pk for e in above.context["object_list"]) == sorted([big.pk, small.pk])
    assert today.year == big.date.year


def worklist_counts(html):
    """{link: count} of the hours worklist on the admin home."""
    panel = html[html.index('data-testid="worklist-worklist-hours"') :]
    panel = panel[: panel.index("</ul>")]
    return {
        href: int(count) for href, count in re.findall(r'<a href="([^"]+)"><strong class="worklist-count">(\d+)', panel)
    }


def test_home_worklist_counts_what_waits_in_the_users_units(staff_client, coordinator, volunteer, other_unit):
    waiting = submit(volunteer)
    HourEntry.objects.filter(pk=waiting.pk).update(created_at=timezone.now() - datetime.timedelta(days=8))
    returned = submit(volunteer)
    entries.transition(returned, "returned", actor=coordinator, comment="Hvilken dag?")
    entries.edit(returned, actor=volunteer.user, quarters=4)  # resubmitted: waits again
    approved = submit(volunteer, km=10)
    entries.transition(approved, "approved", actor=coordinator)
    submit(make_volunteer(other_unit))

    counts = worklist_counts(staff_client.get("/admin/").content.decode())

    assert counts == {
        f"{QUEUE}?todo=waiting": 2,
        f"{QUEUE}?todo=waiting_long": 1,
        f"{QUEUE}?todo=payable": 1,
        "/admin/hour-reports/silent-matches/": 0,
        "/admin/training/?due_again=on": 0,
    }
    for todo, expected in (("waiting", [returned, waiting]), ("waiting_long", [waiting]), ("payable", [approved])):
        listed = staff_client.get(f"{QUEUE}?todo={todo}").context["object_list"]
        assert sorted(entry.pk for entry in listed) == sorted(entry.pk for entry in expected)


def test_home_worklist_counts_training_due_for_renewal(staff_client, volunteer, make_module, unit):
    from training.models import ModuleProgress

    module = make_module(refresh_interval_months=12)
    long_ago = timezone.now() - datetime.timedelta(days=400)
    ModuleProgress.objects.create(
        user=volunteer.user, module=module, attempt_count=1, passed_at=long_ago, passed_version=1
    )
    fresh = make_volunteer(unit, first_name="Fersk")
    ModuleProgress.objects.create(
        user=fresh.user, module=module, attempt_count=1, passed_at=timezone.now(), passed_version=1
    )
    make_volunteer(unit, first_name="Aldri")  # never passed: overdue, but nothing to renew

    counts = worklist_counts(staff_client.get("/admin/").content.decode())
    listed = staff_client.get("/admin/training/?due_again=on").context["page_obj"].object_list

    assert counts["/admin/training/?due_again=on"] == 1
    assert [row.user.pk for row in listed] == [volunteer.user.pk]
