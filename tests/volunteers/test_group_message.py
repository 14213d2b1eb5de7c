import pytest
from django.core import signing
from django.urls import reverse

from notifications.enums import Channel
from notifications.models import OutboundMessage, UnitSmsCap
from portal.org.enums import Role
from tests import factories
from tests.matrix import ROLES, outcome
from volunteers.enums import Interest, VolunteerStatus
from volunteers.group_message import TrainingFilter, select_recipients
from volunteers.models import Volunteer

pytestmark = pytest.mark.django_db

URL = "/admin/group-message/"
MESSAGE = "Temakveld torsdag kl. 18, {fornavn}! Hilsen {enhet}"

_phones = iter(range(1, 1000))


def make_tidgiver(unit, first_name, *, status=VolunteerStatus.ACTIVE, interests=(), phone=True):
    number = f"+474100{next(_phones):04d}" if phone else ""
    user = factories.make_member(unit, Role.TIDGIVER, first_name=first_name, phone=number)
    Volunteer.objects.create(user=user, unit=unit, status=status, interests=list(interests))
    return user


@pytest.fixture
def people(unit, other_unit):
    return {
        "anne": make_tidgiver(unit, "Anne", interests=[Interest.THEME_EVENINGS, Interest.CULTURE]),
        "bjorn": make_tidgiver(unit, "Bjørn", interests=[Interest.SPORT_OUTDOOR]),
        "cecilie": make_tidgiver(unit, "Cecilie", status=VolunteerStatus.PAUSED, interests=[Interest.CULTURE]),
        "dag": make_tidgiver(unit, "Dag", status=VolunteerStatus.ENDED),
        "oslo": make_tidgiver(other_unit, "Ola", interests=[Interest.THEME_EVENINGS]),
    }


@pytest.fixture
def trained(monkeypatch):
    """The people whose required training is complete (training.api is tested in training)."""
    done = set()
    monkeypatch.setattr(
        "volunteers.group_message.required_complete_by_user",
        lambda people: {user.pk: user.pk in done for user, _role in people},
    )
    return done


def send_after_preview(client, unit, **overrides):
    """As a coordinator does it: preview, then press send on the preview page (with its signed recipients)."""
    preview = client.post(URL, post_data(unit, **overrides))
    return client.post(
        URL, post_data(unit, action="send", previewed=preview.context["previewed"], **overrides), follow=True
    )


def post_data(unit, action="preview", **overrides):
    data = {"unit": unit.pk, "status": "active", "training": "all", "message": MESSAGE, "action": action}
    data.update(overrides)
    return data


def first_names(users):
    return [user.first_name for user in users]


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("anonymous", "login"),
        ("applicant", "login"),
        ("tidgiver", "login"),
        ("coordinator", "ok"),
        ("other_coordinator", "ok"),
        ("superuser", "ok"),
    ],
)
def test_group_message_url_permission_matrix(client_as, role, expected):
    assert role in ROLES
    assert reverse("volunteers_group_message") == URL
    assert outcome(client_as(role).get(URL)) == expected


def test_group_message_form_offers_only_the_coordinators_units(staff_client, unit, other_unit):
    response = staff_client.get(URL)

    units = list(response.context["form"].fields["unit"].queryset)
    assert units == [unit]
    assert "Oslo" not in response.content.decode()


def test_group_message_other_units_id_is_a_form_error_and_sends_nothing(staff_client, people, other_unit):
    response = staff_client.post(URL, post_data(other_unit, action="send"))

    assert response.status_code == 200
    assert list(response.context["form"].errors) == ["unit"]
    assert OutboundMessage.objects.count() == 0


def test_select_recipients_defaults_to_active_tidgivers_of_the_unit(people, unit):
    assert first_names(select_recipients(unit)) == ["Anne", "Bjørn"]


def test_select_recipients_filters_by_status(people, unit):
    assert first_names(select_recipients(unit, status=VolunteerStatus.PAUSED)) == ["Cecilie"]
    assert first_names(select_recipients(unit, status=VolunteerStatus.ENDED)) == ["Dag"]


def test_select_recipients_matches_any_of_the_interests(people, unit):
    chosen = select_recipients(unit, interests=[Interest.THEME_EVENINGS, Interest.SPORT_OUTDOOR])
    assert first_names(chosen) == ["Anne", "Bjørn"]
    assert first_names(select_recipients(unit, interests=[Interest.CULTURE])) == ["Anne"]
    assert select_recipients(unit, interests=[Interest.HOUSING_HOME]) == []


def test_select_recipients_filters_by_training_state(people, unit, trained):
    trained.add(people["bjorn"].pk)

    assert first_names(select_recipients(unit, training=TrainingFilter.COMPLETE)) == ["Bjørn"]
    assert first_names(select_recipients(unit, training=TrainingFilter.MISSING)) == ["Anne"]
    assert first_names(select_recipients(unit, training=TrainingFilter.ALL)) == ["Anne", "Bjørn"]


def test_preview_shows_exact_count_names_and_segments(staff_client, people, unit):
    response = staff_client.post(URL, post_data(unit))

    preview = response.context["preview"]
    assert (preview.recipients, preview.sms, preview.email, preview.segments, preview.encoding) == (
        2,
        2,
        2,
        1,
        "GSM-7",
    )
    assert preview.sample_sms == "Temakveld torsdag kl. 18, Anne! Hilsen Drammen"
    assert response.context["names"] == ["Anne", "Bjørn"]
    html = response.content.decode()
    assert 'data-recipients="2"' in html
    assert 'data-segments="1"' in html
    assert "Temakveld torsdag kl. 18, Anne! Hilsen Drammen" in html
    assert "Ola" not in html
    assert OutboundMessage.objects.count() == 0


def test_preview_counts_ucs2_segments_for_a_long_message(staff_client, people, unit):
    response = staff_client.post(URL, post_data(unit, message="Hei {fornavn} ✓ " + "x" * 70))

    preview = response.context["preview"]
    assert (preview.segments, preview.encoding, preview.sms_segments_total) == (2, "UCS-2", 4)


def test_preview_applies_the_filters(staff_client, people, unit, trained):
    trained.add(people["anne"].pk)

    response = staff_client.post(URL, post_data(unit, interests=[Interest.CULTURE], status="paused"))
    assert response.context["names"] == ["Cecilie"]

    response = staff_client.post(URL, post_data(unit, training="complete"))
    assert response.context["names"] == ["Anne"]


def test_send_queues_messages_for_exactly_the_chosen_people(staff_client, people, unit, coordinator):
    response = send_after_preview(staff_client, unit, interests=[Interest.THEME_EVENINGS])

    rows = OutboundMessage.objects.order_by("channel")
    assert [(row.user, row.channel, row.unit, row.sender) for row in rows] == [
        (people["anne"], Channel.EMAIL, unit, coordinator),
        (people["anne"], Channel.SMS, unit, coordinator),
    ]
    assert rows.get(channel=Channel.SMS).body == "Temakveld torsdag kl. 18, Anne! Hilsen Drammen"
    assert not OutboundMessage.objects.filter(user=people["oslo"]).exists()
    assert [str(message) for message in response.context["messages"]] == [
        "Meldinger lagt i kø: 2 (1 på SMS, 1 på e-post). Hoppet over: 0."
    ]


def test_send_when_sms_cap_is_reached_shows_the_reason_and_sends_nothing(staff_client, people, unit):
    UnitSmsCap.objects.create(unit=unit, monthly_limit=1)

    response = send_after_preview(staff_client, unit)

    assert response.status_code == 200
    texts = [str(message) for message in response.context["messages"]]
    assert len(texts) == 1
    assert "Denne meldingen trenger 2 SMS, men bare 1 er igjen." in texts[0]
    assert OutboundMessage.objects.count() == 0


def test_group_message_menu_item_is_shown_to_staff(staff_client):
    response = staff_client.get("/admin/")

    assert "Gruppemelding" in response.content.decode()


def test_send_without_preview_shows_the_preview_and_sends_nothing(staff_client, people, unit):
    response = staff_client.post(URL, post_data(unit, action="send"))

    assert [str(message) for message in response.context["messages"]] == ["Se over mottakerne før du sender."]
    assert response.context["names"] == ["Anne", "Bjørn"]
    assert OutboundMessage.objects.count() == 0


def test_send_reaches_only_people_seen_in_the_preview(staff_client, people, unit):
    preview = staff_client.post(URL, post_data(unit))
    late = make_tidgiver(unit, "Cato", interests=[Interest.CULTURE])  # became active after the preview

    staff_client.post(URL, post_data(unit, action="send", previewed=preview.context["previewed"]))

    assert sorted({row.user.first_name for row in OutboundMessage.objects.all()}) == ["Anne", "Bjørn"]
    assert not OutboundMessage.objects.filter(user=late).exists()


def test_send_with_a_forged_preview_sends_nothing(staff_client, people, unit):
    forged = signing.dumps([people["oslo"].pk], salt="something-else")

    staff_client.post(URL, post_data(unit, action="send", previewed=forged))

    assert OutboundMessage.objects.count() == 0
