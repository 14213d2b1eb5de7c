"""The application form refuses an implausible date of birth (before 1900, or more than 100 years ago)."""

import datetime

import pytest
from django.utils import timezone

from volunteers.models import Application

from .conftest import form_data

pytestmark = pytest.mark.django_db

MESSAGE = "Sjekk fødselsdatoen: den kan ikke være mer enn 100 år tilbake i tid."


def years_ago(years, days=0):
    today = timezone.localdate()
    today = today.replace(day=28) if (today.month, today.day) == (2, 29) else today
    return (today.replace(year=today.year - years) - datetime.timedelta(days=days)).isoformat()


@pytest.mark.parametrize("born", ["1899-12-31", "0190-05-17", years_ago(101)])
def test_date_of_birth_too_long_ago_is_refused(client, form_page, born):
    response = client.post(form_page.url, form_data(date_of_birth=born))

    assert response.status_code == 400
    assert MESSAGE in response.text
    assert Application.objects.count() == 0


def test_date_of_birth_exactly_100_years_ago_is_accepted(client, form_page):
    response = client.post(form_page.url, form_data(date_of_birth=years_ago(100)))

    assert response.status_code == 302
    assert Application.objects.count() == 1
