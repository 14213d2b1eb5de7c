"""One audit trail for decisions: every transition, status change, role grant, approval, export and view of a
participant record is written through ``record()``, as a Wagtail log entry, so the object's History shows it.

    from portal.org import audit
    audit.record(membership, "org.role_changed", user=request.user, data={"from": "tidgiver", "to": "coordinator"})

The action must be registered with Wagtail's ``register_log_actions`` hook in the app's wagtail_hooks (use
``audit.formatter`` for a message built from ``data``). Keep names, e-mails and numbers out of ``data``
and out of the title: the entry outlives the person's record (retention anonymises, never deletes).

Entries are append-only: saving an existing entry or deleting one through the ORM raises ``AuditEntryImmutable``
(Django signals; see ``guard_entries``). The one permitted change is ``anonymise_about(obj)``.
"""

from django.db.models.signals import pre_delete, pre_save
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import LogFormatter, log, registry
from wagtail.models import ModelLogEntry

ANONYMISED = "–"


class AuditEntryImmutable(Exception):
    """An audit entry may be written once and anonymised, never changed or removed."""


def record(obj, action, user=None, data=None, *, title=None):
    """Write one entry about ``obj`` (saved already) and return it. ``data`` is JSON: ids, states, counts."""
    registry.scan_for_actions()
    if not registry.action_exists(action):
        raise ValueError(f"Audit action {action!r} is not registered (register_log_actions hook)")
    return log(obj, action, user=user, data=data or {}, title=title or neutral_title(obj))


def neutral_title(obj):
    """'Person in unit 12': what the entry is about, without the person's name."""
    return f"{obj._meta.verbose_name} {obj.pk}".capitalize()


def entries_about(obj):
    return ModelLogEntry.objects.for_instance(obj).order_by("timestamp", "pk")


def anonymise_about(obj, personal_keys=()):
    """Retention: keep every entry about ``obj`` but drop its title and the named personal ``data`` keys."""
    entries = list(entries_about(obj))
    for entry in entries:
        entry.label = ANONYMISED
        entry.data = {key: value for key, value in (entry.data or {}).items() if key not in personal_keys}
        entry._audit_anonymising = True
        entry.save(update_fields=["label", "data"])
    return len(entries)


def formatter(label, message):
    """A log formatter whose message is ``message % data`` (missing keys shown as "–")."""

    class DataFormatter(LogFormatter):
        def format_message(self, log_entry):
            return message % _Defaults(log_entry.data or {})

    DataFormatter.label = label
    return DataFormatter


def choice_change_formatter(label, message, choices):
    """A log formatter for ``data = {"from": value, "to": value}`` of ``choices`` ("Role: Tidgiver → Coordinator")."""

    def label_of(value):
        return choices(value).label if value in choices.values else ANONYMISED

    class ChoiceChangeFormatter(LogFormatter):
        def format_message(self, log_entry):
            data = log_entry.data or {}
            return message % {"from": label_of(data.get("from")), "to": label_of(data.get("to"))}

    ChoiceChangeFormatter.label = label
    return ChoiceChangeFormatter


class _Defaults(dict):
    def __missing__(self, key):
        return ANONYMISED


def _refuse_change(sender, instance, **kwargs):
    if instance.pk is not None and not getattr(instance, "_audit_anonymising", False):
        raise AuditEntryImmutable(_("An audit entry cannot be changed."))


def _refuse_delete(sender, instance, **kwargs):
    raise AuditEntryImmutable(_("An audit entry cannot be deleted."))


def guard_entries():
    """Called once from OrgConfig.ready()."""
    pre_save.connect(_refuse_change, sender=ModelLogEntry, dispatch_uid="audit_refuse_change")
    pre_delete.connect(_refuse_delete, sender=ModelLogEntry, dispatch_uid="audit_refuse_delete")
