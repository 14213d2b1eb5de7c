"""Filters for the outbox and the SMS inbox. The unit choices never reach outside the user's units."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet

from portal.org.models import Unit
from portal.org.scoping import staff_units

from .. import registry
from ..enums import Channel, InboxState, Status
from ..models import InboundMessage, OutboundMessage


def user_units(request):
    return staff_units(request.user) if request else Unit.objects.none()


def template_choices():
    """Every kind of message, by its description; keys only known from the outbox (allauth's mails) by key."""
    described = {key: str(default.description) for key, default in registry.template_defaults().items()}
    described["notifications.reply"] = str(_("Automatic answer to an SMS keyword (e.g. from a match or hours)"))
    seen = OutboundMessage.objects.order_by().values_list("template_key", flat=True).distinct()
    choices = {**{key: key for key in seen}, **described}
    return sorted(choices.items(), key=lambda choice: choice[1].casefold())


class OutboxFilterSet(WagtailFilterSet):
    status = django_filters.MultipleChoiceFilter(label=_("Status"), choices=Status.choices)
    channel = django_filters.ChoiceFilter(label=_("Channel"), choices=Channel.choices, empty_label=_("All"))
    template_key = django_filters.ChoiceFilter(label=_("Template"), choices=template_choices, empty_label=_("All"))
    unit = django_filters.ModelChoiceFilter(label=_("Unit"), queryset=user_units, empty_label=_("All"))
    created_at = django_filters.DateFromToRangeFilter(label=_("Created"), widget=DateRangePickerWidget)

    class Meta:
        model = OutboundMessage
        fields = ["status", "channel", "template_key", "unit", "created_at"]


class InboxFilterSet(WagtailFilterSet):
    state = django_filters.ChoiceFilter(label=_("State"), choices=InboxState.choices, empty_label=_("All"))
    unit = django_filters.ModelChoiceFilter(label=_("Unit"), queryset=user_units, empty_label=_("All"))
    received_at = django_filters.DateFromToRangeFilter(label=_("Received"), widget=DateRangePickerWidget)

    class Meta:
        model = InboundMessage
        fields = ["state", "unit", "received_at"]
