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
    # Each page in Norwegian and in English (cms.demo_english).
    assert UnitPage.objects.filter(locale__language_code="nb").count() == 2
    assert UnitPage.objects.filter(locale__language_code="en").count() == 2
    assert FaqPage.objects.count() == 2
    assert NewsPage.objects.count() == 2
    assert Site.objects.get(is_default_site=True).root_page.specific_class is HomePage
    assert "koordinator.drammen@example.org" in out.getvalue()
    home = client.get("/")
    assert home.status_code == 200
    assert "Et helt vanlig liv" in home.text
    assert "Steg for steg Drammen" in home.text  # in the menu
    english = client.get("/en/")
    assert '<html lang="en">' in english.text
    assert "A completely ordinary life" in english.text
    assert '<a href="/en/about/">About steg for steg</a>' in english.text  # the menu, in English
    assert '<a class="button" href="/en/become-a-tidgiver/">Become a Tidgiver</a>' in english.text


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


def test_seed_demo_tidgivere_have_verified_phones_and_passed_required_training():
    from training.api import required_complete
    from volunteers.models import Volunteer

    call_command("seed_demo", stdout=StringIO())

    volunteers = Volunteer.objects.filter(status="active").select_related("user", "volunteer_role")
    phones = sorted((v.user.email, v.user.phone, v.user.phone_verified) for v in volunteers)
    assert phones == [
        ("tidgiver2@example.org", "+4740000002", True),
        ("tidgiver3@example.org", "+4740000003", True),
        ("tidgiver@example.org", "+4740000001", True),
    ]
    assert [required_complete(v.user, v.volunteer_role) for v in volunteers] == [True, True, True]
    from training.models import ModuleProgress

    passed = ModuleProgress.objects.filter(passed_at__isnull=False).values_list("user__email", flat=True)
    assert sorted(set(passed)) == ["tidgiver2@example.org", "tidgiver3@example.org", "tidgiver@example.org"]


def test_seed_demo_refuses_when_demo_data_is_not_allowed(settings):
    settings.DEMO_DATA_ALLOWED = False

    with pytest.raises(CommandError, match="seed_demo refuses to run with production settings"):
        call_command("seed_demo", stdout=StringIO())
    assert Unit.objects.count() == 0
