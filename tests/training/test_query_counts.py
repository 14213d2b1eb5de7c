"""The overview page and the Min side section cost the same number of queries for 1 or many modules."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.training.conftest import quiz_token, right_answers

pytestmark = pytest.mark.django_db


def queries(client, url):
    # The first view after publishing fills the caches the module list and the menu come from; count the next.
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_query_count_overview_and_minside_do_not_grow_with_modules(client, applicant, make_module):
    client.force_login(applicant)
    first = make_module("Modul 1")
    client.post(first.url, {"token": quiz_token(client, first), **right_answers(first)})
    one = (queries(client, "/opplaering/"), queries(client, "/min-side/"))
    for number in range(2, 7):
        make_module(f"Modul {number}")
    many = (queries(client, "/opplaering/"), queries(client, "/min-side/"))
    assert one == many
