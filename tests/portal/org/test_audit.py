"""One audit trail: org.audit.record() writes Wagtail log entries that cannot be changed or deleted."""

import pytest
from django.db import transaction
from wagtail.models import ModelLogEntry

from portal.org import audit
from portal.org.domain import ROLE_CHANGED

pytestmark = pytest.mark.django_db


@pytest.fixture
def entry(tidgiver, coordinator):
    return audit.record(tidgiver.memberships.get(), ROLE_CHANGED, user=coordinator, data={"from": "", "to": "x"})


def test_audit_record_writes_a_log_entry_for_the_object(entry, tidgiver, coordinator):
    membership = tidgiver.memberships.get()
    assert list(audit.entries_about(membership).values_list("action", "user", "data__to")) == [
        (ROLE_CHANGED, None, "tidgiver"),  # set_membership, when the factory made the Tidgiver
        (ROLE_CHANGED, coordinator.pk, "x"),
    ]


def test_audit_record_refuses_an_unregistered_action(tidgiver):
    with pytest.raises(ValueError, match="not registered"):
        audit.record(tidgiver, "org.made_up")


def test_audit_entry_cannot_be_updated(entry):
    entry.data = {"to": "unit_admin"}
    with pytest.raises(audit.AuditEntryImmutable):
        entry.save()
    entry.refresh_from_db()
    assert entry.data["to"] == "x"


def test_audit_entry_cannot_be_deleted(entry):
    # Django deletes without a savepoint: the refusal spoils the caller's transaction, as it should.
    with pytest.raises(audit.AuditEntryImmutable), transaction.atomic():
        entry.delete()
    with pytest.raises(audit.AuditEntryImmutable), transaction.atomic():
        ModelLogEntry.objects.filter(pk=entry.pk).delete()
    assert ModelLogEntry.objects.filter(pk=entry.pk).exists()


def test_audit_entries_outlive_the_object(entry, tidgiver):
    membership = tidgiver.memberships.get()
    pk = membership.pk
    membership.delete()
    assert ModelLogEntry.objects.filter(object_id=str(pk), action=ROLE_CHANGED).count() == 2


def test_audit_anonymise_keeps_the_entry_without_personal_data(tidgiver, coordinator):
    membership = tidgiver.memberships.get()
    kept = audit.record(membership, ROLE_CHANGED, user=coordinator, data={"to": "x", "name": "Tone"}, title="Tone")

    assert audit.anonymise_about(membership, personal_keys=("name",)) == 2

    kept.refresh_from_db()
    assert (kept.label, kept.data, kept.user_id, kept.action) == ("–", {"to": "x"}, coordinator.pk, ROLE_CHANGED)


def test_site_history_of_every_unit_is_for_superusers_only(staff_client, client, superuser, entry):
    from tests.mfa import log_in_with_mfa

    assert staff_client.get("/admin/reports/site-history/")["Location"] == "/admin/"
    assert staff_client.get("/admin/reports/site-history/results/")["Location"] == "/admin/"
    log_in_with_mfa(client, superuser)
    page = client.get("/admin/reports/site-history/")
    assert page.status_code == 200
    assert f"Person i enhet {entry.object_id}" in page.text
