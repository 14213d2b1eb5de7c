"""The parts the privacy app registers itself: the account, and messages (notifications may import no other app,
so its part is registered here through notifications.api)."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from notifications import api as notifications
from portal.org.models import Membership

from .describe import describe
from .registry import register
from .rules import staff_reason

ACCOUNT_FIELDS = ("first_name", "last_name", "email", "phone", "phone_verified", "date_joined", "last_login")


def account(user):
    memberships = Membership.objects.filter(user=user).select_related("unit", "volunteer_role").order_by("unit__name")
    return {
        **describe(user, ACCOUNT_FIELDS),
        str(_("Units and roles")): [describe(membership, ("unit", "role")) for membership in memberships],
    }


def messages(user):
    found = notifications.messages_of(user)
    return {
        str(_("Sent to you")): found["sent_to_you"],
        str(_("Sent by you")): found["received_from_you"],
    }


def register_own_parts():
    register("account", title=gettext_lazy("Account"), collect=account, blocks_erasure=staff_reason)
    register("messages", title=gettext_lazy("Messages"), collect=messages, erase=notifications.forget_messages)
