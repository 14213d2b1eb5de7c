"""What Min side takes from the cache (issue 13) is fresh at once after a change, and never another person's."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.utils import translation

from notifications.enums import ChannelChoice
from notifications.models import ContactPreference
from portal.org.rules import has_admin_access, load_permissions
from tests import factories
from tests.training.conftest import make_module, training_index  # noqa: F401 (fixtures)
from volunteers.models import ConfidentialityDeclaration, ConfidentialitySignature

pytestmark = pytest.mark.django_db
SIGN = 'href="/tidgiver/taushetserklaering/"'


def minside(client, user):
    client.force_login(user)
    response = client.get("/min-side/")
    assert response.status_code == 200
    return response.text


def messages_by(choice):
    with translation.override("nb"):
        return f"Meldinger kommer på: <strong>{choice.label}</strong>."


def test_minside_preferences_are_each_persons_own(client, unit):
    tone = factories.make_volunteer(unit, first_name="Tone")
    ola = factories.make_volunteer(unit, first_name="Ola")
    ContactPreference.objects.create(user=tone.user, channels=ChannelChoice.EMAIL)
    ContactPreference.objects.create(user=ola.user, channels=ChannelChoice.SMS)

    first_tone = minside(client, tone.user)
    first_ola = minside(client, ola.user)
    again_tone = minside(client, tone.user)

    assert messages_by(ChannelChoice.EMAIL) in first_tone
    assert messages_by(ChannelChoice.SMS) in first_ola
    assert messages_by(ChannelChoice.EMAIL) in again_tone


def test_minside_preferences_changed_show_at_once(client, unit):
    tone = factories.make_volunteer(unit, first_name="Tone")
    assert messages_by(ChannelChoice.BOTH) in minside(client, tone.user)

    ContactPreference.objects.update_or_create(user=tone.user, defaults={"channels": ChannelChoice.SMS})
    after_save = minside(client, tone.user)
    ContactPreference.objects.filter(user=tone.user).delete()
    after_delete = minside(client, tone.user)

    assert messages_by(ChannelChoice.SMS) in after_save
    assert messages_by(ChannelChoice.BOTH) in after_delete


def test_minside_training_list_follows_publishing_at_once(client, unit, make_module):  # noqa: F811
    tone = factories.make_volunteer(unit, first_name="Tone")
    module = make_module("Grensesetting")
    assert ">Grensesetting</a>" in minside(client, tone.user)

    module.title = "Grenser"
    module.save_revision().publish()
    renamed = minside(client, tone.user)
    module.unpublish()
    unpublished = minside(client, tone.user)

    assert ">Grenser</a>" in renamed
    assert "Grensesetting" not in renamed
    assert ">Grenser</a>" not in unpublished


def test_minside_new_declaration_version_asks_to_sign_at_once(client, unit):
    tone = factories.make_volunteer(unit, first_name="Tone")
    first = ConfidentialityDeclaration.objects.create(text="Versjon 1")
    ConfidentialitySignature.objects.create(user=tone.user, declaration=first, full_name="Tone Person")
    signed = minside(client, tone.user)

    ConfidentialityDeclaration.objects.create(text="Versjon 2")
    after_new_version = minside(client, tone.user)

    assert "(versjon 1)" in signed
    assert SIGN not in signed
    assert SIGN in after_new_version


@pytest.mark.parametrize("grant", ["none", "own", "group"])
def test_load_permissions_gives_what_model_backend_gives(unit, grant):
    user = factories.make_user()
    access = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    other = Permission.objects.get(content_type__app_label="auth", codename="view_group")
    user.user_permissions.add(other)
    if grant == "own":
        user.user_permissions.add(access)
    if grant == "group":
        group = Group.objects.create(name="Redaktører")
        group.permissions.add(access, other)
        user.groups.add(group)
    fresh = type(user).objects.get(pk=user.pk)
    expected = fresh.get_all_permissions()

    primed = type(user).objects.get(pk=user.pk)
    load_permissions(primed)

    assert primed._perm_cache == expected
    assert has_admin_access(primed) is (grant != "none")
    assert primed.has_perm("wagtailadmin.access_admin") is (grant != "none")
