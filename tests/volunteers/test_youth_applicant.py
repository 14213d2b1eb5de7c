"""A young applicant: the unit's own age limit in every text, and no unit membership before the guardian agrees."""

import datetime

import pytest
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import override

from notifications import registry
from notifications.models import OutboundMessage
from portal.org.enums import Role
from volunteers.domain import applications, messages
from volunteers.enums import ApplicationState
from volunteers.models import Application

from .conftest import form_data
from .pages import make_recruitment_pages

pytestmark = pytest.mark.django_db
S = ApplicationState
GUARDIAN = {"guardian_name": "Gro Hansen", "guardian_phone": "900 11 222", "guardian_email": "gro@example.org"}


def _born_years_ago(years):
    today = timezone.localdate()
    return (today.replace(year=today.year - years) - datetime.timedelta(days=1)).isoformat()


@pytest.fixture
def youth_unit(unit):
    unit.minimum_age, unit.youth_minimum_age = 20, 13
    unit.save()
    return unit


def _apply_as_14_year_old(client, form_page):
    client.post(form_page.url, form_data(date_of_birth=_born_years_ago(14), **GUARDIAN))
    return Application.objects.get()


def test_youth_applicant_has_no_membership_before_consent_but_follows_status_on_minside(client, form_page, youth_unit):
    application = _apply_as_14_year_old(client, form_page)
    user = application.user
    assert (application.state, user.memberships.count()) == (S.AWAITING_GUARDIAN, 0)

    client.force_login(user)
    text = client.get("/min-side/").text
    assert '<span class="status" data-testid="application-status">Venter på foresatte</span>' in text
    assert "Vi venter på at foresatte skal bekrefte. Vi har sendt dem en lenke." in text

    applications.confirm_guardian(application)

    assert list(user.memberships.values_list("unit", "role")) == [(youth_unit.pk, Role.APPLICANT)]


def test_youth_texts_say_under_18_whatever_the_units_adult_age(client, form_page, youth_unit):
    form = client.get(form_page.url).text
    assert "<h2>Under 18 år?</h2>" in form
    assert "Er du under 18 år, ber vi en forelder eller foresatt bekrefte med en lenke før vi starter." in form
    missing = client.post(form_page.url, form_data(date_of_birth=_born_years_ago(14))).text
    assert "Fordi du er under 18 år, skriv navnet til en forelder eller foresatt." in missing

    application = _apply_as_14_year_old(client, form_page)

    receipt = client.get(form_page.url + "kvittering/").text
    assert "Fordi du er under 18 år, har vi sendt en lenke til Gro Hansen." in receipt
    youth_mail = OutboundMessage.objects.get(template_key=messages.RECEIVED_YOUTH, channel="email")
    assert "Fordi du er under 18 år, har vi sendt en lenke til Gro Hansen." in youth_mail.body
    guardian_mail = OutboundMessage.objects.get(template_key=messages.GUARDIAN_CONFIRM, channel="email")
    assert "Fordi Siri er under 18 år, trenger vi at du bekrefter at det er greit:" in guardian_mail.body
    page = client.get(f"/tidgiver/foresatt/{applications.guardian_token(application)}/").text
    assert "Fordi Siri er under 18 år, trenger vi at du som foresatt bekrefter at det er greit." in page


def test_youth_guardian_section_left_out_where_the_unit_takes_no_young_tidgivers(client, form_page):
    text = client.get(form_page.url).text
    assert 'name="guardian_name"' not in text
    assert "Under 18 år?" not in text


def test_youth_guardian_section_on_general_page_says_under_18(client, home_page, unit):
    general = make_recruitment_pages(home_page, unit=None, slug="bli-med")[1]

    text = client.get(general.url).text

    assert "<h2>Under 18 år?</h2>" in text
    assert "Er du under 18 år, ber vi en forelder eller foresatt bekrefte med en lenke før vi starter." in text
    assert 'name="guardian_name"' in text


def test_message_template_descriptions_are_translated():
    description = registry.template_default(messages.RECEIVED_YOUTH).description

    assert isinstance(description, Promise)
    with override("nb"):
        assert str(description) == "Kvittering til en ung søker: en foresatt må bekrefte først."
    with override("en"):
        assert str(description) == "Receipt to a young applicant: the guardian must confirm first."


def _guardian_path(application):
    return "/" + applications.guardian_link(application).split("://", 1)[1].split("/", 1)[1]


def test_guardian_does_not_consent_closes_application_kindly_and_tells_the_applicant(client, form_page, youth_unit):
    application = _apply_as_14_year_old(client, form_page)
    path = _guardian_path(application)

    page = client.get(path).text
    answered = client.post(path, {"answer": "no"}).text

    assert '<button type="submit" class="button secondary" name="answer" value="no">Jeg samtykker ikke</button>' in page
    assert "Takk for svaret. Søknaden er avsluttet, og vi har gitt beskjed til Siri på en vennlig måte." in answered
    application.refresh_from_db()
    assert (application.state, application.guardian_confirmed_at) == (S.WITHDRAWN, None)
    told = OutboundMessage.objects.filter(template_key=messages.GUARDIAN_DECLINED)
    assert sorted(told.values_list("channel", "address")) == [("email", application.email), ("sms", application.phone)]
    assert "Gro Hansen har ikke samtykket" in told.get(channel="sms").body
    assert not OutboundMessage.objects.filter(template_key=messages.WITHDRAWN).exists()
    assert list(application.events.values_list("text", flat=True))[-2:] == [
        "Gro Hansen samtykket ikke som foresatt.",
        "Foresatte samtykket ikke.",
    ]


def test_guardian_no_after_yes_changes_nothing(client, form_page, youth_unit):
    application = _apply_as_14_year_old(client, form_page)
    applications.confirm_guardian(application)

    assert applications.decline_guardian(application) is False
    application.refresh_from_db()
    assert application.state == S.RECEIVED


def test_guardian_yes_after_no_changes_nothing(client, form_page, youth_unit):
    application = _apply_as_14_year_old(client, form_page)
    path = _guardian_path(application)
    client.post(path, {"answer": "no"})

    client.post(path, {"answer": "yes"})

    application.refresh_from_db()
    assert (application.state, application.guardian_confirmed_at) == (S.WITHDRAWN, None)
