"""Asking to be deleted: a request that a coordinator of the person's unit confirms, or that runs by itself after
ERASURE_WAIT_DAYS when nothing (an active match, say) blocks it. Every registered part forgets the person, then
the account is anonymised; the request row stays as the record that it was done."""

from django.db import transaction
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from notifications import api as notifications
from portal.accounts.anonymise import anonymise_account
from portal.org.models import Membership

from ..enums import ErasureState
from ..models import ErasureRequest
from ..registry import parts
from . import messages


class ErasureRefused(Exception):
    """The message is meant for the person who tried."""


def blockers(user):
    """The reasons the person cannot be deleted now (empty when they can)."""
    return [reason for part in parts() if part.blocks_erasure and (reason := part.blocks_erasure(user))]


def waiting_request(user):
    return ErasureRequest.objects.waiting().filter(user=user).first()


@transaction.atomic
def request_erasure(user):
    """The person asks; returns the (one) waiting request. The person gets an e-mail saying what happens."""
    if existing := waiting_request(user):
        return existing
    membership = Membership.objects.filter(user=user).order_by("created_at", "pk").select_related("unit").first()
    request = ErasureRequest.objects.create(
        user=user, unit=membership.unit if membership else None, display_name=user.get_full_name() or user.email
    )
    day = formats.date_format(timezone.localtime(request.runs_by_itself_on), "DATE_FORMAT")
    notifications.send(user, messages.ERASURE_REQUESTED, {"dato": day}, channels=("email",), unit=request.unit)
    return request


@transaction.atomic
def cancel(request):
    """The person changed their mind (from Min side)."""
    request = ErasureRequest.objects.select_for_update().get(pk=request.pk)
    if request.state != ErasureState.REQUESTED:
        return False
    request.state = ErasureState.CANCELLED
    request.save(update_fields=["state"])
    return True


@transaction.atomic
def erase(request, *, actor=None):
    """Forget the person now. ``actor`` is the coordinator who confirmed; None when it ran by itself."""
    request = ErasureRequest.objects.select_for_update(of=("self",)).select_related("user").get(pk=request.pk)
    if request.state != ErasureState.REQUESTED:
        raise ErasureRefused(_("This request is already done or cancelled."))
    user = request.user
    if user is None:
        raise ErasureRefused(_("The account no longer exists."))
    if problems := blockers(user):
        raise ErasureRefused(" ".join(str(problem) for problem in problems))
    farewell = notifications.Contact(name="", email=user.email, language=notifications.preferred_language(user))
    for part in parts():
        if part.erase is not None:
            part.erase(user)
    Membership.objects.filter(user=user).delete()
    anonymise_account(user)
    request.state, request.done_at, request.confirmed_by, request.display_name = (
        ErasureState.DONE,
        timezone.now(),
        actor,
        "",
    )
    request.save(update_fields=["state", "done_at", "confirmed_by", "display_name"])
    notifications.send(farewell, messages.ERASURE_DONE, channels=("email",), unit=request.unit)
    return request


def erase_due(now=None):
    """The daily task: every request past its waiting time that nothing blocks. Returns how many ran."""
    count = 0
    for request in ErasureRequest.objects.due(now).select_related("user").order_by("pk"):
        if request.user is None or blockers(request.user):
            continue
        erase(request)
        count += 1
    return count
