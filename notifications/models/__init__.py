from .inbound import InboundMessage
from .outbox import OutboundMessage
from .people import ContactPreference, PhoneStatus
from .templates import MessageTemplate
from .units import UnitSmsCap

__all__ = ["ContactPreference", "InboundMessage", "MessageTemplate", "OutboundMessage", "PhoneStatus", "UnitSmsCap"]
