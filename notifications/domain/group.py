"""One message to many Tidgivere of a unit: preview (recipients, segments, cap) and send."""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db import transaction

from portal.org.models import Membership
from portal.org.scoping import staff_units

from .. import registry
from ..defaults import GROUP_MESSAGE
from ..enums import Channel, Status
from .caps import cap_state, check_cap
from .outbox import choose_channels, enqueue_after_commit, queue_wording
from .recipients import resolve
from .rendering import Wording, base_context, fill, load_wording
from .segments import WARN_ABOVE_SEGMENTS, count_segments


@dataclass(frozen=True)
class GroupPreview:
    recipients: int
    sms: int
    email: int
    unreachable: int
    sample_sms: str
    segments: int
    encoding: str
    sms_segments_total: int
    cap_limit: int | None
    cap_used: int
    cap_left: int | None

    @property
    def too_long(self):
        return self.segments > WARN_ABOVE_SEGMENTS

    @property
    def over_cap(self):
        return self.cap_left is not None and self.sms_segments_total > self.cap_left


@dataclass(frozen=True)
class GroupResult:
    queued: int
    skipped: int
    sms_count: int
    email_count: int


def wording_for(template_key_or_body):
    """A registered key, or free text poured into the group-message template (so e-mail gets a greeting)."""
    try:
        registry.template_default(template_key_or_body)
    except LookupError:
        group = load_wording(GROUP_MESSAGE)
        texts = {
            part: {lang: text.replace("{tekst}", template_key_or_body) for lang, text in getattr(group, part).items()}
            for part in ("sms", "email_subject", "email_body")
        }
        return Wording(GROUP_MESSAGE, **texts)
    return load_wording(template_key_or_body)


def plan(recipients, wording):
    """[(target, channels)] for each recipient, with two queries in all for preferences and numbers."""
    from ..models import PhoneStatus

    users = list(recipients)
    statuses = {status.phone: status for status in PhoneStatus.objects.filter(phone__in=[u.phone for u in users])}
    targets = [resolve(user, statuses) for user in users]
    return [(target, choose_channels(target, wording, None, urgent=False)) for target in targets]


def planned_segments(plans, wording, unit, context):
    """SMS segments the message will use, rendered per person (names and languages differ in length)."""
    return sum(
        count_segments(sms_text(wording, target, unit, context)).segments
        for target, channels in plans
        if Channel.SMS in channels
    )


def sms_text(wording, target, unit, context):
    return fill(wording.text("sms", target.language), {**base_context(target.first_name, unit), **context})


def check_recipients(recipients, sender, unit):
    """The sender must manage the unit, and every recipient must belong to it."""
    if not staff_units(sender).filter(pk=unit.pk).exists():
        raise PermissionDenied("The sender does not manage this unit.")
    members = set(Membership.objects.filter(unit=unit, user__in=recipients).values_list("user_id", flat=True))
    if any(user.pk not in members for user in recipients):
        raise PermissionDenied("Every recipient must belong to the unit.")


def preview_group(recipients, template_key_or_body, *, unit, context):
    wording = wording_for(template_key_or_body)
    plans = plan(with_preferences(recipients), wording)
    sms = sum(Channel.SMS in channels for _target, channels in plans)
    email = sum(Channel.EMAIL in channels for _target, channels in plans)
    first_name = plans[0][0].first_name if plans else "Kari"
    sample = fill(wording.text("sms", "nb"), {**base_context(first_name, unit), **context})
    count = count_segments(sample)
    state = cap_state(unit)
    return GroupPreview(
        recipients=len(plans),
        sms=sms,
        email=email,
        unreachable=sum(not channels for _target, channels in plans),
        sample_sms=sample,
        segments=count.segments,
        encoding=count.encoding,
        sms_segments_total=planned_segments(plans, wording, unit, context),
        cap_limit=state.limit,
        cap_used=state.used,
        cap_left=state.left,
    )


@transaction.atomic
def send_group(recipients, template_key_or_body, *, sender, unit, context):
    recipients = with_preferences(recipients)
    check_recipients(recipients, sender, unit)
    wording = wording_for(template_key_or_body)
    plans = plan(recipients, wording)
    check_cap(unit, planned_segments(plans, wording, unit, context))
    rows = []
    for target, channels in plans:
        rows += queue_wording(
            target.user,
            wording,
            context,
            channels=channels,
            urgent=False,
            unit=unit,
            sender=sender,
            target=target,
            enqueue_on_commit=False,
        )
    enqueue_after_commit(rows)
    return GroupResult(
        queued=sum(row.status == Status.QUEUED for row in rows),
        skipped=sum(row.status == Status.SKIPPED for row in rows),
        sms_count=sum(row.channel == Channel.SMS for row in rows),
        email_count=sum(row.channel == Channel.EMAIL for row in rows),
    )


def with_preferences(recipients):
    """A list of users with their message preference loaded in the same query."""
    from django.contrib.auth import get_user_model

    if hasattr(recipients, "select_related"):
        return list(recipients.select_related("contact_preference"))
    pks = [user.pk for user in recipients]
    return list(get_user_model().objects.filter(pk__in=pks).select_related("contact_preference").order_by("pk"))
