"""The Tidgiver list (filters, search, export, scoping), who signed which declaration, and the checklist settings."""

import csv
import io
import re

import pytest

from portal.org.enums import Role
from tests import factories
from volunteers.domain.declarations import sign_declaration
from volunteers.enums import ChecklistItemKind, Interest, VolunteerStatus
from volunteers.models import ChecklistRequirement, ConfidentialityDeclaration, Volunteer

pytestmark = pytest.mark.django_db


def make_volunteer(unit, first_name, role=None, **fields):
    user = factories.make_member(unit, Role.TIDGIVER, role, first_name=first_name, last_name="Hansen")
    return Volunteer.objects.create(user=user, unit=unit, volunteer_role=role, **fields)


def listed(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return sorted(str(row.user.first_name) for row in response.context["object_list"])


@pytest.fixture
def volunteers(unit, other_unit, role, police_role):
    return [
        make_volunteer(unit, "Aktiv", role, interests=[Interest.CULTURE]),
        make_volunteer(unit, "Pause", police_role, status=VolunteerStatus.PAUSED, interests=[Interest.WORK_SCHOOL]),
        make_volunteer(other_unit, "Oslo", role, interests=[Interest.CULTURE]),
    ]


def test_tidgivere_listing_is_scoped_and_filtered(staff_client, volunteers, police_role):
    assert listed(staff_client, "/admin/tidgivere/") == ["Aktiv", "Pause"]
    assert listed(staff_client, "/admin/tidgivere/?status=paused") == ["Pause"]
    assert listed(staff_client, f"/admin/tidgivere/?volunteer_role={police_role.pk}") == ["Pause"]
    assert listed(staff_client, "/admin/tidgivere/?interests=culture") == ["Aktiv"]
    assert listed(staff_client, "/admin/tidgivere/?q=oslo") == []
    assert listed(staff_client, "/admin/tidgivere/?q=aktiv hansen") == ["Aktiv"]


def test_tidgivere_export_is_scoped_and_neutralised(staff_client, volunteers):
    volunteers[0].user.phone = "+4741234567"
    volunteers[0].user.save()
    response = staff_client.get("/admin/tidgivere/?export=csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0][:4] == ["Fornavn", "Etternavn", "E-post", "Mobilnummer"]
    assert [(row[0], row[3], row[4], row[6]) for row in rows[1:]] == [
        ("Aktiv", "'+4741234567", "Drammen", "Aktiv"),
        ("Pause", "", "Drammen", "Pause"),
    ]


def test_tidgiver_of_another_unit_is_404(staff_client, volunteers):
    assert staff_client.get(f"/admin/tidgivere/inspect/{volunteers[0].pk}/").status_code == 200
    assert staff_client.get(f"/admin/tidgivere/inspect/{volunteers[2].pk}/").status_code == 404


def test_signatures_show_who_signed_which_version_in_own_units(staff_client, unit, other_unit):
    first = ConfidentialityDeclaration.objects.create(text="Versjon en")
    own = factories.make_member(unit, Role.APPLICANT, first_name="Eva", last_name="Egen")
    foreign = factories.make_member(other_unit, Role.APPLICANT, first_name="Frank", last_name="Fremmed")
    sign_declaration(own, "Eva Egen", "127.0.0.1", declaration=first)
    sign_declaration(foreign, "Frank Fremmed", "127.0.0.1", declaration=first)
    second = ConfidentialityDeclaration.objects.create(text="Versjon to")
    sign_declaration(own, "eva  EGEN", "127.0.0.1", declaration=second)

    response = staff_client.get("/admin/confidentiality_signatures/")
    assert [(s.full_name, s.declaration.version) for s in response.context["object_list"]] == [
        ("eva EGEN", 2),
        ("Eva Egen", 1),
    ]
    response = staff_client.get(f"/admin/confidentiality_signatures/?declaration={first.pk}")
    assert [s.full_name for s in response.context["object_list"]] == ["Eva Egen"]


def test_checklist_requirement_form_leaves_out_the_police_certificate(staff_client, unit):
    response = staff_client.get("/admin/checklist_requirements/new/")
    kinds = [value for value, _label in response.context["form"].fields["kind"].choices if value]
    assert kinds == [
        ChecklistItemKind.CONVERSATION,
        ChecklistItemKind.REFERENCES,
        ChecklistItemKind.CONFIDENTIALITY,
        ChecklistItemKind.TRAINING,
    ]
    assert list(response.context["form"].fields["unit"].queryset) == [unit]


def test_checklist_requirement_created_for_own_unit(staff_client, unit, other_unit):
    response = staff_client.post(
        "/admin/checklist_requirements/new/", {"unit": unit.pk, "kind": ChecklistItemKind.REFERENCES, "required": ""}
    )
    assert response.status_code == 302
    assert list(ChecklistRequirement.objects.values_list("unit", "kind", "required")) == [
        (unit.pk, ChecklistItemKind.REFERENCES, False)
    ]
    response = staff_client.post(
        "/admin/checklist_requirements/new/", {"unit": other_unit.pk, "kind": ChecklistItemKind.TRAINING}
    )
    assert response.status_code == 200
    assert ChecklistRequirement.objects.count() == 1


def test_checklist_requirement_unit_filter_offers_only_own_units(staff_client, unit, other_unit):
    response = staff_client.get("/admin/checklist_requirements/")
    assert list(response.context["filters"].form.fields["unit"].queryset) == [unit]


def _queries(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)  # warm up per-process caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return len(queries), len(response.context["object_list"])


def test_tidgivere_listing_query_count_same_for_1_and_30(staff_client, unit, role):
    make_volunteer(unit, "Første", role)
    one = _queries(staff_client, "/admin/tidgivere/")
    for number in range(29):
        make_volunteer(unit, f"Tidgiver{number}", role, interests=[Interest.CULTURE])
    many = _queries(staff_client, "/admin/tidgivere/")
    print(f"tidgivere listing queries: {one} vs {many}")
    assert (one[1], many[1]) == (1, 30)
    assert (one[0], many[0]) == (15, 15)


def test_signatures_listing_query_count_same_for_1_and_30(staff_client, unit):
    declaration = ConfidentialityDeclaration.objects.create(text="Tekst")
    first = factories.make_member(unit, Role.APPLICANT)
    sign_declaration(first, "Test Person", None, declaration=declaration)
    one = _queries(staff_client, "/admin/confidentiality_signatures/")
    for _number in range(29):
        person = factories.make_member(unit, Role.APPLICANT)
        sign_declaration(person, "Test Person", None, declaration=declaration)
    many = _queries(staff_client, "/admin/confidentiality_signatures/")
    print(f"signatures listing queries: {one} vs {many}")
    assert (one[1], many[1]) == (1, 30)
    assert (one[0], many[0]) == (15, 15)


def test_checklist_requirements_listing_query_count_same_for_1_and_12(staff_client, unit):
    kinds = [ChecklistItemKind.CONVERSATION, ChecklistItemKind.REFERENCES, ChecklistItemKind.TRAINING]
    ChecklistRequirement.objects.create(unit=unit, kind=ChecklistItemKind.CONFIDENTIALITY)
    one = _queries(staff_client, "/admin/checklist_requirements/")
    for number in range(11):
        role = factories.make_volunteer_role()
        ChecklistRequirement.objects.create(unit=unit, volunteer_role=role, kind=kinds[number % 3], required=False)
    many = _queries(staff_client, "/admin/checklist_requirements/")
    print(f"checklist requirements listing queries: {one} vs {many}")
    assert (one[1], many[1]) == (1, 12)
    assert one[0] == many[0]


def test_tidgiver_inspect_without_application_shows_a_dash_not_none(staff_client, volunteers):
    page = staff_client.get(f"/admin/tidgivere/inspect/{volunteers[0].pk}/").content.decode()

    assert re.search(r"<dt>Søknad</dt>\s*<dd>\s*(.*?)\s*</dd>", page).group(1) == "–"


def test_tidgiver_profile_shows_phone_email_availability_and_training(staff_client, volunteers):
    volunteer = volunteers[0]
    volunteer.user.phone, volunteer.user.phone_verified = "+4741234567", True
    volunteer.user.save()

    text = staff_client.get(f"/admin/tidgivere/inspect/{volunteer.pk}/").text

    assert 'Mobilnummer: <a href="tel:+4741234567">41 23 45 67</a></p>' in text
    assert f'<a href="mailto:{volunteer.user.email}">{volunteer.user.email}</a>' in text
    assert 'data-section="volunteer-training"' in text
