"""The training section of Min side: required modules, what is passed, what is due again, links."""

import datetime

import pytest
from django.utils import timezone
from django.utils.formats import date_format

from tests import factories
from training.models import ModuleProgress

pytestmark = pytest.mark.django_db


def section(client):
    response = client.get("/min-side/")
    assert response.status_code == 200
    start = response.text.index('<section class="card training-section">')
    return response.text[start : response.text.index("</section>", start)]


def test_minside_training_lists_required_done_and_due(client, applicant, make_module):
    done = make_module("Grensesetting")
    due = make_module("Krise", refresh_interval_months=12)
    make_module("Rollen", required_before_approval=False)
    passed_at = timezone.now() - datetime.timedelta(days=2)
    ModuleProgress.objects.create(user=applicant, module=done, attempt_count=1, passed_at=passed_at, passed_version=1)
    long_ago = timezone.now() - datetime.timedelta(days=400)
    ModuleProgress.objects.create(user=applicant, module=due, attempt_count=1, passed_at=long_ago, passed_version=1)
    client.force_login(applicant)
    html = section(client)
    passed_on = date_format(timezone.localdate(passed_at), "SHORT_DATE_FORMAT")
    assert "<h2>Opplæring</h2>" in html
    assert "Du har bestått 1 av 3 moduler. 1 modul skal tas på nytt." in html
    assert f"Bestått {passed_on}" in html
    assert "Må tas på nytt" in html
    assert "Frist for ny gjennomgang:" in html
    assert html.count("Kreves før godkjenning") == 1  # only the due module: required and not complete
    assert '<a href="/opplaering/grensesetting/">Grensesetting</a>' in html
    assert '<a href="/opplaering/">Gå til opplæringen</a>' in html


def test_minside_training_empty_when_nothing_published(client, tidgiver):
    client.force_login(tidgiver)
    assert "Ingen opplæring er lagt ut ennå." in section(client)


def test_minside_training_left_out_for_people_without_training(client, module):
    client.force_login(factories.make_user())
    assert "training-section" not in client.get("/min-side/").text


def test_minside_training_for_a_tidgiver_says_required_not_before_approval(client, tidgiver, make_module):
    make_module("Grensesetting")
    client.force_login(tidgiver)

    html = section(client)

    assert "· Påkrevd" in html
    assert "Kreves før godkjenning" not in html
