"""Two coordinators propose for the same participant at the same moment: one proposal, one clear refusal.

Real threads with their own database connections, so PostgreSQL's row lock decides, not the order of two calls in
one test. PostgreSQL only (CI runs on it): SQLite's deferred transactions answer a second concurrent writer with
"database is locked" instead of waiting (Django's SQLite option transaction_mode="IMMEDIATE" would make it wait).
"""

import threading

import pytest
from django.db import connection

from tests import factories
from volunteers.matching.domain import proposals
from volunteers.matching.domain.errors import Blocked
from volunteers.matching.models import Proposal


@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL (CI runs on it)")
@pytest.mark.django_db(transaction=True)
def test_two_coordinators_at_once_one_proposal_and_one_clear_error(unit, participant, coordinator):
    other = factories.make_member(unit, "coordinator", first_name="Per")
    volunteers = [factories.make_volunteer(unit), factories.make_volunteer(unit)]
    start = threading.Barrier(2)
    results = []

    def propose(volunteer, by):
        try:
            start.wait()
            results.append(proposals.propose(participant, volunteer, by, rank=1).state)
        except Blocked as error:
            results.append(str(error))
        except Exception as error:  # a locked SQLite database would show here
            results.append(repr(error))
        finally:
            connection.close()

    threads = [
        threading.Thread(target=propose, args=pair) for pair in zip(volunteers, (coordinator, other), strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    refusals = {
        "Deltakeren har allerede et åpent forslag. Trekk det tilbake først.",
        "Noen andre har akkurat laget et matchforslag for denne deltakeren.",
    }
    assert sorted(results, key=lambda result: result != "sent")[0] == "sent"
    assert sorted(results, key=lambda result: result != "sent")[1] in refusals
    assert Proposal.objects.filter(participant=participant).count() == 1
