from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Site

from cms.models import FaqPage, HomePage, NewsPage, UnitPage
from portal.org.enums import Role
from portal.org.models import Membership, Unit

pytestmark = pytest.mark.django_db


def test_seed_demo_loads_units_people_and_pages(client):
    out = StringIO()
    call_command("seed_demo", stdout=out)
    assert list(Unit.objects.values_list("name", flat=True)) == ["Drammen", "Oslo"]
    coordinators = Membership.objects.filter(role=Role.COORDINATOR).values_list("unit__slug", flat=True)
    assert sorted(coordinators) == ["drammen", "oslo"]
    assert Membership.objects.filter(role=Role.TIDGIVER).count() == 3
    assert UnitPage.objects.count() == 2
    assert FaqPage.objects.count() == 1
    assert NewsPage.objects.count() == 1
    assert Site.objects.get(is_default_site=True).root_page.specific_class is HomePage
    assert "koordinator.drammen@example.org" in out.getvalue()
    home = client.get("/")
    assert home.status_code == 200
    assert "Et helt vanlig liv" in home.text
    assert "Steg for steg Drammen" in home.text  # in the menu


def test_seed_demo_logins_work(client):
    call_command("seed_demo", stdout=StringIO())
    response = client.post("/accounts/login/", {"login": "tidgiver@example.org", "password": "steg-for-steg-demo"})
    assert response.status_code == 302
    assert client.get("/min-side/").status_code == 200


def test_seed_demo_refuses_a_filled_database_and_if_empty_skips():
    call_command("seed_demo", stdout=StringIO())
    with pytest.raises(CommandError):
        call_command("seed_demo", stdout=StringIO())
    out = StringIO()
    call_command("seed_demo", "--if-empty", stdout=out)
    assert "already present" in out.getvalue()
    assert Unit.objects.count() == 2


def test_seed_demo_refuses_when_demo_data_is_not_allowed(settings):
    settings.DEMO_DATA_ALLOWED = False

    with pytest.raises(CommandError, match="seed_demo refuses to run with production settings"):
        call_command("seed_demo", stdout=StringIO())
    assert Unit.objects.count() == 0
