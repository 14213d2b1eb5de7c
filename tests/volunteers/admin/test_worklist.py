"""The coordinator's worklist on the back-office home: counts of their own units' work, each linking to the list."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.volunteers.conftest import make_application
from tests.volunteers.worklist import worklist
from volunteers.enums import ApplicationState
from volunteers.models import ScreeningConversation

from .conftest import days_ago

pytestmark = pytest.mark.django_db
S = ApplicationState


def booked(application, when):
    application.state, application.contacted_at = S.CONVERSATION_BOOKED, days_ago(1)
    application.save()
    return ScreeningConversation.objects.create(application=application, booked_for=when)


def counts(text):
    """The screening panel's {label: count} (matching and participants have panels of their own)."""
    return {label: count for label, (count, _url) in worklist(text, "worklist-screening").items()}


def test_worklist_counts_own_units_work_and_links_to_the_filtered_list(staff_client, unit, other_unit):
    make_application(unit, submitted_at=days_ago(9))
    make_application(unit, submitted_at=days_ago(2))
    make_application(other_unit, submitted_at=days_ago(9))
    booked(make_application(unit), timezone.now() + datetime.timedelta(minutes=5))
    booked(make_application(unit), timezone.now() + datetime.timedelta(days=8))
    booked(make_application(other_unit), timezone.now() + datetime.timedelta(minutes=5))

    text = staff_client.get("/admin/").text

    assert counts(text) == {"ikke kontaktet innen 7 dager": 1, "samtaler avtalt denne uken": 1}
    assert 'href="/admin/applications/?waiting=7"' in text
    assert 'href="/admin/applications/?booked=this_week"' in text


def test_worklist_filtered_list_shows_exactly_the_counted_applications(staff_client, unit):
    this_week = booked(make_application(unit, first_name="Denne"), timezone.now() + datetime.timedelta(minutes=5))
    booked(make_application(unit, first_name="Neste"), timezone.now() + datetime.timedelta(days=8))

    listing = staff_client.get("/admin/applications/?booked=this_week")

    assert [application.pk for application in listing.context["object_list"]] == [this_week.application_id]


def test_worklist_home_query_count_same_for_1_and_30_applications(staff_client, unit):
    def queries():
        staff_client.get("/admin/")
        with CaptureQueriesContext(connection) as captured:
            staff_client.get("/admin/")
        return len(captured)

    make_application(unit, submitted_at=days_ago(9))
    one = queries()
    for _number in range(29):
        booked(make_application(unit, submitted_at=days_ago(9)), timezone.now() + datetime.timedelta(minutes=5))
    assert queries() == one


def test_worklist_not_shown_to_a_tidgiver(client, tidgiver):
    client.force_login(tidgiver)
    assert client.get("/admin/").status_code in (302, 403)
