"""Who may open training pages: anonymous → log-in; people who may not take a module → 404."""

import pytest
from wagtail.models import PageViewRestriction

from portal.org.enums import Role
from tests import factories
from tests.training.conftest import quiz_token, right_answers
from training.models import QuizAttempt

pytestmark = pytest.mark.django_db


def test_page_privacy_anonymous_is_sent_to_login(client, module, training_index):
    for url in (training_index.url, module.url, module.url + "forsok/1/"):
        response = client.get(url)
        assert (response.status_code, response["Location"]) == (302, f"/accounts/login/?next={url}")


def test_page_privacy_seeded_index_has_a_login_restriction(training_index):
    assert list(PageViewRestriction.objects.filter(page=training_index).values_list("restriction_type", flat=True)) == [
        PageViewRestriction.LOGIN
    ]


def test_page_privacy_anonymous_post_records_nothing(client, module):
    response = client.post(module.url, {"token": "x", **right_answers(module)})
    assert response.status_code == 302
    assert QuizAttempt.objects.count() == 0


def test_access_person_without_applicant_or_tidgiver_membership_gets_404(client, module, training_index):
    client.force_login(factories.make_user())
    assert [client.get(url).status_code for url in (training_index.url, module.url)] == [404, 404]


def test_access_module_for_another_role_is_404_also_for_answers(client, unit, make_module, applicant):
    economy = factories.make_volunteer_role("Økonomihjelper")
    activity = factories.make_volunteer_role("Aktivitetsvenn")
    module = make_module("Budsjett", roles=[economy])
    person = factories.make_member(unit, Role.TIDGIVER, volunteer_role=activity)
    client.force_login(applicant)  # no Tidgiver role yet: only modules for everyone
    assert client.get(module.url).status_code == 404
    client.force_login(person)
    assert client.get(module.url).status_code == 404
    assert client.post(module.url, {"token": "x", **right_answers(module)}).status_code == 404
    assert QuizAttempt.objects.count() == 0


def test_access_module_for_the_persons_role_is_open(client, unit, make_module):
    economy = factories.make_volunteer_role("Økonomihjelper")
    module = make_module("Budsjett", roles=[economy])
    client.force_login(factories.make_member(unit, Role.APPLICANT, volunteer_role=economy))
    response = client.get(module.url)
    assert response.status_code == 200
    assert "<h1>Budsjett</h1>" in response.text


def test_access_unpublished_module_is_404(client, applicant, module):
    module.unpublish()
    client.force_login(applicant)
    assert client.get(module.url).status_code == 404


def test_access_nobody_sees_another_persons_answers(client, applicant, tidgiver, coordinator, module):
    client.force_login(applicant)
    client.post(module.url, {"token": quiz_token(client, module), **right_answers(module)})
    attempt = QuizAttempt.objects.get()
    url = f"{module.url}forsok/{attempt.pk}/"
    assert client.get(url).status_code == 200
    for other in (tidgiver, coordinator):
        client.force_login(other)
        assert client.get(url).status_code == 404


def test_access_index_lists_only_the_persons_modules_with_status(client, unit, make_module, applicant):
    make_module("Grensesetting")
    make_module("Budsjett", roles=[factories.make_volunteer_role("Økonomihjelper")])
    client.force_login(applicant)
    response = client.get("/opplaering/")
    assert [status.module.title for status in response.context["statuses"]] == ["Grensesetting"]
    assert "Ikke startet" in response.text
    assert response["Cache-Control"].startswith("max-age=0")
