"""Back office for messages: the outbox, the SMS inbox, message templates and monthly SMS caps."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup

from .admin.caps import SmsCapViewSet
from .admin.inbox import InboxViewSet
from .admin.outbox import OutboxViewSet
from .admin.templates import MessageTemplateViewSet


class MessagesGroup(ViewSetGroup):
    menu_label = _("Messages")
    menu_icon = "mail"
    menu_order = 260
    items = (
        OutboxViewSet("outbox"),
        InboxViewSet("sms_inbox"),
        MessageTemplateViewSet("message_templates"),
        SmsCapViewSet("sms_caps"),
    )


@hooks.register("register_admin_viewset")
def register_message_viewsets():
    return MessagesGroup()
